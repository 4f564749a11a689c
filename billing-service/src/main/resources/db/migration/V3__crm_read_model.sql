-- What billing knows of crm's clients, sites and contracts, kept from crm's events. changed_at is the occurred_at
-- of the last event applied to the row: an older event arriving late changes nothing.

create table crm_clients (
    id                  uuid primary key,
    number              text not null,
    name                text,
    preferred_language  text,
    email               text,
    phone               text,
    agency_id           uuid,
    status              text not null,
    changed_at          timestamptz not null
);

create table crm_sites (
    id            uuid primary key,
    reference     text not null,
    client_id     uuid not null,
    name          text not null,
    is_protected  boolean not null,
    active        boolean not null,
    changed_at    timestamptz not null
);

-- service_end: the last day power is sold under the contract (its end date, or its termination day if earlier).
create table crm_contracts (
    id             uuid primary key,
    number         text not null,
    client_id      uuid not null,
    site_id        uuid not null,
    site_protected boolean not null,
    contract_type  text not null,
    fixed_fee      numeric(14, 2),
    price_per_kwh  numeric(14, 4),
    tariff_code    text,
    currency       text not null,
    billing_day    integer not null,
    start_date     date not null,
    end_date       date,
    service_end    date,
    status         text not null,
    changed_at     timestamptz not null
);

create index crm_contracts_client on crm_contracts (client_id);
