-- Read model of geo-service's agencies, kept from geo.agency.events (platform read model "agencies"). Named apart
-- from any table a service owns.
CREATE TABLE read_agencies (
    id         uuid         PRIMARY KEY,
    code       varchar(20)  NOT NULL,
    name       varchar(150) NOT NULL,
    active     boolean      NOT NULL,
    -- occurred_at of the last event applied: an older event arriving late changes nothing
    changed_at timestamptz  NOT NULL
);
