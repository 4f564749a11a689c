-- crm's clients and sites as support needs them: who a ticket is about, the agency whose calendar counts its SLA,
-- where replies are mailed, and which client a site (named by operations' meter events) belongs to.
-- changed_at is the occurred_at of the last event applied: an older event arriving late changes nothing.
CREATE TABLE read_clients (
    id                 uuid PRIMARY KEY,
    number             varchar(20)  NOT NULL,
    display_name       varchar(300) NOT NULL,
    email              varchar(254) NOT NULL,
    preferred_language varchar(5),
    agency_id          uuid,
    changed_at         timestamptz  NOT NULL
);

CREATE TABLE read_sites (
    id         uuid PRIMARY KEY,
    client_id  uuid        NOT NULL,
    changed_at timestamptz NOT NULL
);
CREATE INDEX read_sites_client ON read_sites (client_id);
