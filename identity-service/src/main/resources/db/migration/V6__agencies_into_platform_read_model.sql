-- The agency read model moved to the platform (table read_agencies, migration V0_10 of the read model "agencies",
-- applied before this one). The rows kept from geo.agency.events so far are carried over, so no agency is lost on
-- upgrade: the consumer keeps its group offsets and its inbox key (identity.agencies) and does not replay them.
-- No foreign key points at agencies here.
INSERT INTO read_agencies (id, code, name, active, changed_at)
SELECT id, code, name, active, changed_at
FROM agencies
ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, active = excluded.active,
                               changed_at = excluded.changed_at
WHERE read_agencies.changed_at <= excluded.changed_at;

DROP TABLE agencies;
