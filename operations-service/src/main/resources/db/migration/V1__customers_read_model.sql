-- What operations knows of crm's customers, kept from crm.client.events, crm.site.events and crm.contract.events
-- (feature "customers"). Named read_ like the platform's read models, apart from the tables this service owns. Each
-- row keeps the occurred_at of the last event applied (changed_at): an older event arriving late changes nothing.
CREATE TABLE read_clients (
    id         uuid        PRIMARY KEY,
    -- the agency crm files the client (and so its sites) under; null when crm names none
    agency_id  uuid,
    changed_at timestamptz NOT NULL
);

CREATE TABLE read_sites (
    id           uuid         PRIMARY KEY,
    reference    varchar(20)  NOT NULL,
    client_id    uuid         NOT NULL,
    name         varchar(150) NOT NULL,
    address      varchar(255),
    usage        varchar(20)  NOT NULL,
    -- hospital, school, water pumping: never cut automatically
    is_protected boolean      NOT NULL,
    active       boolean      NOT NULL,
    changed_at   timestamptz  NOT NULL
);
CREATE INDEX read_sites_client ON read_sites (client_id);

-- crm publishes a contract from its activation on: drafts never reach this table.
CREATE TABLE read_contracts (
    id             uuid        PRIMARY KEY,
    number         varchar(20) NOT NULL,
    client_id      uuid        NOT NULL,
    site_id        uuid        NOT NULL,
    contract_type  varchar(20) NOT NULL,
    status         varchar(20) NOT NULL,
    site_protected boolean     NOT NULL,
    changed_at     timestamptz NOT NULL
);
CREATE INDEX read_contracts_client ON read_contracts (client_id);
CREATE INDEX read_contracts_site ON read_contracts (site_id);
