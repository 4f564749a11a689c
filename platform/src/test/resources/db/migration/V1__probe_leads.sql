-- The probe service's own table: one row per application of a lead event (no unique key on purpose).
CREATE TABLE probe_leads (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid         NOT NULL,
    email       varchar(254) NOT NULL,
    request_id  varchar(128),
    traceparent varchar(100)
);
