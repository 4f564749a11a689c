-- Readings from meters (feature "readings"), partitioned by month of read_at so that old months can be detached
-- and archived whole, and so "a meter's readings over a period" touches one or two partitions.
-- The key (meter_id, read_at) makes a reading of one meter at one instant stored once, whoever resends it; it is
-- also the index for "the last reading of a meter" (backwards scan) and "a meter's register values over a period".
CREATE TABLE readings (
    meter_id     uuid           NOT NULL,
    read_at      timestamptz    NOT NULL,
    message_id   uuid           NOT NULL,
    -- the active import register (OBIS 1-0:1.8.0), and the optional values the meter sent with it
    register_kwh numeric(14, 3) NOT NULL CHECK (register_kwh >= 0),
    export_kwh   numeric(14, 3),
    voltage_v    numeric(8, 2),
    power_kw     numeric(12, 3),
    relay_state  varchar(12),
    alarms       text[]         NOT NULL DEFAULT '{}',
    -- validation flags (ReadingFlag codes); empty for a plain reading in order
    flags        text[]         NOT NULL DEFAULT '{}',
    -- the consumption since the reading's baseline (previous reading or link opening), null when none counts
    consumption_kwh numeric(14, 3),
    source       varchar(10)    NOT NULL CHECK (source IN ('device', 'manual')),
    received_at  timestamptz    NOT NULL,
    PRIMARY KEY (meter_id, read_at)
) PARTITION BY RANGE (read_at);

-- Readings outside every monthly partition (years late, or from a clock far in the future) still have a place.
CREATE TABLE readings_default PARTITION OF readings DEFAULT;

-- Creates the partition of the month starting on month_start unless it exists; the service calls it at startup
-- and daily for the months ahead.
CREATE FUNCTION create_readings_partition(month_start date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    name text := 'readings_' || to_char(month_start, 'YYYY_MM');
BEGIN
    IF to_regclass(name) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF readings FOR VALUES FROM (%L) TO (%L)', name,
                       month_start::timestamp AT TIME ZONE 'UTC',
                       (month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC');
    END IF;
END
$$;

-- The meter's typical daily consumption, which the spike rule compares against; moved by clean readings only.
CREATE TABLE meter_reading_stats (
    meter_id          uuid           PRIMARY KEY REFERENCES meters (id),
    typical_daily_kwh numeric(14, 3) NOT NULL,
    updated_at        timestamptz    NOT NULL
);

-- Readings of meters not registered (yet): kept whole, never dropped, replayed once the meter is registered.
CREATE TABLE parked_readings (
    message_id   uuid        PRIMARY KEY,
    meter_number varchar(40) NOT NULL,
    read_at      timestamptz NOT NULL,
    payload      jsonb       NOT NULL,
    received_at  timestamptz NOT NULL
);
CREATE INDEX parked_readings_meter ON parked_readings (meter_number);

-- Consumption per contract and billing period (a month, Africa/Kinshasa), as last published: each figure that
-- changes is published again with the next revision.
CREATE TABLE consumption_periods (
    contract_id    uuid           NOT NULL,
    period_start   date           NOT NULL,
    period_end     date           NOT NULL,
    site_id        uuid           NOT NULL,
    meter_id       uuid           NOT NULL,
    meter_number   varchar(40)    NOT NULL,
    kwh            numeric(14, 3) NOT NULL CHECK (kwh >= 0),
    estimated      boolean        NOT NULL,
    register_start numeric(14, 3),
    register_end   numeric(14, 3),
    revision       integer        NOT NULL CHECK (revision >= 1),
    computed_at    timestamptz    NOT NULL,
    PRIMARY KEY (contract_id, period_start)
);

-- Closed periods a late reading may have changed, for the consumption job to compute again.
CREATE TABLE consumption_recomputations (
    meter_id     uuid NOT NULL,
    period_start date NOT NULL,
    PRIMARY KEY (meter_id, period_start)
);
