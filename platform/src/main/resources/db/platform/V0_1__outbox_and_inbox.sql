-- Transactional outbox (ARCHITECTURE.md §4): written in the same transaction as the domain change, read by
-- Debezium through logical decoding. Only inserts are published (the publication says so), so old rows can be
-- purged without emitting anything.
CREATE TABLE outbox (
    id             uuid         PRIMARY KEY,
    aggregate_type varchar(100) NOT NULL,
    aggregate_id   varchar(100) NOT NULL,
    event_type     varchar(200) NOT NULL,
    schema_version integer      NOT NULL CHECK (schema_version >= 1),
    payload        jsonb        NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    trace_parent   varchar(100),
    request_id     varchar(128)
);

CREATE INDEX outbox_occurred_at_idx ON outbox (occurred_at);

-- Inbox of idempotent consumers: one row per (consumer, event) handled, written with the consumer's effect.
CREATE TABLE inbox (
    consumer     varchar(200) NOT NULL,
    event_id     uuid         NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
