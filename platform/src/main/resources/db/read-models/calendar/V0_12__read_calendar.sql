-- Read model of geo-service's company calendar, kept from geo.calendar.events (platform read model "calendar").
-- Needs the agencies read model (read_agencies, V0_10 and V0_11): an agency observes the holidays of its country.

-- One row per holiday geo declared, as its latest HolidayDeclared describes it. A cancellation is final: the row
-- stays, cancelled, so that no declaration arriving late brings the holiday back. A cancellation heard of before
-- any declaration leaves a row without rule.
CREATE TABLE read_holidays (
    id           uuid         PRIMARY KEY,
    country_code varchar(2)   NOT NULL,
    kind         varchar(10)  CHECK (kind IN ('recurring', 'extra')),
    month        smallint,
    day          smallint,
    first_year   integer,
    last_year    integer,
    name_fr      varchar(150),
    name_en      varchar(150),
    -- [{year, observed, observed_on}] as HolidayDeclared carries them
    overrides    jsonb,
    cancelled    boolean      NOT NULL,
    -- occurred_at of the last event applied: an older declaration arriving late changes nothing
    changed_at   timestamptz  NOT NULL,
    CONSTRAINT read_holidays_rule CHECK (cancelled OR (kind IS NOT NULL AND month IS NOT NULL AND day IS NOT NULL
                                                        AND first_year IS NOT NULL AND overrides IS NOT NULL))
);

-- The weekly hours of each agency that has its own, and the company default that the others follow.
CREATE TABLE read_working_hours (
    -- the agency's id, or 'default' for the company default (the Kafka key of WorkingHoursChanged)
    scope      varchar(36)  PRIMARY KEY,
    zone       varchar(64)  NOT NULL,
    -- [{day, start, end}] as WorkingHoursChanged carries them
    intervals  jsonb        NOT NULL,
    changed_at timestamptz  NOT NULL
);

-- Counts the changes applied to the calendar, in the transaction of each change. Every replica caches the calendar
-- and compares this number every few seconds: a change applied by another replica's consumer reaches its cache.
CREATE TABLE read_calendar_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO read_calendar_version (singleton, version) VALUES (true, 0);

-- The agencies read model knows nothing of the calendar; a new agency, or one whose country becomes known (or
-- changes), still changes the calendar's answers, so these writes count as calendar changes too.
CREATE FUNCTION read_calendar_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE read_calendar_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER read_agencies_inserted AFTER INSERT ON read_agencies
    FOR EACH ROW EXECUTE FUNCTION read_calendar_changed();

CREATE TRIGGER read_agencies_country_changed AFTER UPDATE OF country_code ON read_agencies
    FOR EACH ROW WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code) EXECUTE FUNCTION read_calendar_changed();
