-- The agency read model moved to the platform (table read_agencies, migration V0_10 of the read model "agencies",
-- applied before this one). The rows kept from geo.agency.events so far are carried over, so no agency is lost on
-- upgrade: the consumer keeps its group offsets and its inbox key (crm.agencies) and does not replay them.
INSERT INTO read_agencies (id, code, name, active, changed_at)
SELECT id, code, name, active, changed_at
FROM agencies
ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, active = excluded.active,
                               changed_at = excluded.changed_at
WHERE read_agencies.changed_at <= excluded.changed_at;

-- A client's agency keeps pointing at an agency this service heard of: the key follows the rows. The read model
-- never deletes an agency (a closed one stays, inactive), so the key cannot block it.
ALTER TABLE clients DROP CONSTRAINT clients_agency_id_fkey;
ALTER TABLE clients ADD CONSTRAINT clients_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES read_agencies (id);

DROP TABLE agencies;
