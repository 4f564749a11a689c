-- Read model of geo-service's agencies, kept from geo.agency.events: a client's agency must exist and be open.
create table agencies (
  id          uuid         primary key,
  code        varchar(20)  not null,
  name        varchar(150) not null,
  active      boolean      not null,
  -- occurred_at of the last event applied: an older event arriving late changes nothing
  changed_at  timestamptz  not null
);

-- Business numbers come from sequences: gap-tolerant, never max()+1, safe under concurrency.
create sequence client_numbers;
create sequence site_references;
create sequence contract_numbers;

create table clients (
  id                  uuid         primary key,
  number              varchar(20)  not null unique,
  kind                varchar(20)  not null check (kind in ('individual', 'company')),
  first_name          varchar(100),
  last_name           varchar(100),
  post_name           varchar(100),
  company_name        varchar(200),
  rccm                varchar(50),
  nif                 varchar(50),
  email               varchar(254) not null,
  phone               varchar(20),
  address             varchar(255),
  agency_id           uuid         references agencies (id),
  status              varchar(20)  not null check (status in ('prospect', 'active', 'suspended', 'closed')),
  preferred_language  varchar(2)   not null default 'fr',
  user_id             uuid         unique,
  created_at          timestamptz  not null,
  updated_at          timestamptz  not null
);
create unique index clients_email_unique on clients (lower(email));
create index clients_agency on clients (agency_id);
create index clients_status on clients (status);

create table sites (
  id            uuid          primary key,
  reference     varchar(20)   not null unique,
  client_id     uuid          not null references clients (id),
  name          varchar(150)  not null,
  address       varchar(255),
  latitude      numeric(9, 6),
  longitude     numeric(9, 6),
  usage         varchar(20)   not null check (usage in ('residential', 'commercial', 'industrial', 'public')),
  is_protected  boolean       not null default false,
  is_active     boolean       not null default true,
  created_at    timestamptz   not null,
  updated_at    timestamptz   not null
);
create index sites_client on sites (client_id);

create table contracts (
  id             uuid           primary key,
  number         varchar(20)    not null unique,
  client_id      uuid           not null references clients (id),
  site_id        uuid           not null references sites (id),
  contract_type  varchar(20)    not null check (contract_type in ('monthly_flat_fee', 'metered', 'prepaid')),
  fixed_fee      numeric(14, 2),
  price_per_kwh  numeric(14, 4),
  currency       varchar(3)     not null check (currency in ('CDF', 'USD')),
  billing_day    smallint       not null check (billing_day between 1 and 28),
  start_date     date           not null,
  end_date       date,
  status         varchar(20)    not null check (status in ('draft', 'active', 'suspended', 'terminated')),
  created_at     timestamptz    not null,
  updated_at     timestamptz    not null
);
create index contracts_client on contracts (client_id);
create index contracts_site on contracts (site_id);
