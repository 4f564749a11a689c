-- Country -> Province -> Commune -> Territory, and nationalities per country.
-- Codes are unique within their parent; parents cannot be deleted while children reference them.

create table countries (
  id         uuid primary key,
  code       varchar(2)   not null unique check (code ~ '^[A-Z]{2}$'),
  name       varchar(120) not null check (btrim(name) <> ''),
  created_at timestamptz  not null default now(),
  updated_at timestamptz  not null default now()
);

create table provinces (
  id         uuid primary key,
  country_id uuid         not null references countries (id),
  -- the subdivision part of the ISO 3166-2 code (KN for CD-KN); agency codes are built from it
  code       varchar(3)   not null check (code ~ '^[A-Z0-9]{1,3}$'),
  name       varchar(120) not null check (btrim(name) <> ''),
  created_at timestamptz  not null default now(),
  updated_at timestamptz  not null default now(),
  constraint provinces_code_unique_in_country unique (country_id, code)
);

create table communes (
  id          uuid primary key,
  province_id uuid         not null references provinces (id),
  code        varchar(20)  not null check (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
  name        varchar(120) not null check (btrim(name) <> ''),
  created_at  timestamptz  not null default now(),
  updated_at  timestamptz  not null default now(),
  constraint communes_code_unique_in_province unique (province_id, code),
  -- target of the territories' (commune, province) consistency key
  constraint communes_id_province unique (id, province_id)
);

create table territories (
  id          uuid primary key,
  commune_id  uuid         not null,
  -- denormalised from the commune so that "lies in province P" is a plain, database-enforced column
  province_id uuid         not null references provinces (id),
  code        varchar(20)  not null check (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
  name        varchar(120) not null check (btrim(name) <> ''),
  created_at  timestamptz  not null default now(),
  updated_at  timestamptz  not null default now(),
  constraint territories_code_unique_in_commune unique (commune_id, code),
  constraint territories_id_province unique (id, province_id),
  -- a commune that moves to another province takes its territories along
  constraint territories_commune_in_province foreign key (commune_id, province_id)
    references communes (id, province_id) on update cascade
);
create index territories_province_idx on territories (province_id);

create table nationalities (
  id         uuid primary key,
  country_id uuid         not null references countries (id),
  code       varchar(20)  not null check (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
  name       varchar(120) not null check (btrim(name) <> ''),
  created_at timestamptz  not null default now(),
  updated_at timestamptz  not null default now(),
  constraint nationalities_code_unique_in_country unique (country_id, code)
);
