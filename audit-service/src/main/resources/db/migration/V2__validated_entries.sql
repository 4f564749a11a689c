-- What the log cannot trust, it flags instead of refusing (README, "What it checks"). No row is updated: the
-- append-only triggers stay, and every existing entry keeps verifying as it was sealed.

-- The source a producer claims against the service that owns the topic (only it may write there): computed by
-- PostgreSQL for every row, old and new, from two hashed columns, so it needs no hash of its own.
ALTER TABLE audit_event
    ADD COLUMN source_mismatch boolean NOT NULL
        GENERATED ALWAYS AS (source IS DISTINCT FROM split_part(kafka_topic, '.', 1) || '-service') STORED;

-- Entries sealed before this migration are canonical form 1 (nothing was ever cut: an oversized event failed and
-- went to its dead-letter topic). New entries are form 2, whose hash also covers the two truncation flags.
ALTER TABLE audit_event
    ADD COLUMN canonical_version smallint NOT NULL DEFAULT 1,
    ADD COLUMN headers_truncated boolean NOT NULL DEFAULT false,
    ADD COLUMN payload_truncated boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT audit_event_canonical_version CHECK (canonical_version IN (1, 2)),
    ADD CONSTRAINT audit_event_v1_never_truncated
        CHECK (canonical_version = 2 OR NOT (headers_truncated OR payload_truncated));

-- An event is the same (source, event id) on a topic of the same service. The event id alone was unique so far, so
-- every existing row satisfies the new key; the new index exists before the old constraint goes.
CREATE UNIQUE INDEX audit_event_event_key
    ON audit_event (event_id, source, split_part(kafka_topic, '.', 1)) NULLS NOT DISTINCT;
ALTER TABLE audit_event DROP CONSTRAINT audit_event_event_id_key;

CREATE INDEX audit_event_source_mismatch_idx ON audit_event (seq) WHERE source_mismatch;
