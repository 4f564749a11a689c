-- The audit log (README): one row per event, in arrival order, chained by hashes. Append-only is enforced here,
-- not only by the service: the runtime role ${runtime_role} may only SELECT and INSERT, and triggers refuse
-- UPDATE, DELETE and TRUNCATE from anyone, this table's owner included. A superuser can still switch triggers
-- off: the hash chain and the signed checkpoints kept outside the database are what reveal that.
CREATE TABLE audit_event (
    seq             bigint      PRIMARY KEY CHECK (seq > 0),
    event_id        text        NOT NULL CHECK (event_id <> ''),
    type            text,
    source          text,
    subject         text,
    actor           text,
    occurred_at     timestamptz,
    received_at     timestamptz NOT NULL,
    kafka_topic     text        NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    payload_valid   boolean     NOT NULL,
    payload         jsonb,
    payload_raw     bytea,
    prev_hash       bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash            bytea       NOT NULL CHECK (octet_length(hash) = 32),
    CONSTRAINT audit_event_event_id_key UNIQUE (event_id),
    CONSTRAINT audit_event_payload_kept CHECK (payload_valid = (payload IS NOT NULL)),
    CONSTRAINT audit_event_one_payload CHECK (payload IS NULL OR payload_raw IS NULL)
);

CREATE INDEX audit_event_type_idx ON audit_event (type, seq);
CREATE INDEX audit_event_subject_idx ON audit_event (subject, seq);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, seq);
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

REVOKE ALL ON audit_event FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO "${runtime_role}";
GRANT SELECT, INSERT ON audit_event TO "${runtime_role}";
DO
$$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), '${runtime_role}');
END
$$;
