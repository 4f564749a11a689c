-- Agencies are places in the territory tree. They are never deleted (other services reference them): closing
-- an agency sets is_active to false.

create table agencies (
  id            uuid primary key,
  code          varchar(20)  not null unique check (code ~ '^AG-[A-Z0-9]{1,3}-[0-9]{3,}$'),
  name          varchar(150) not null check (btrim(name) <> ''),
  province_id   uuid         not null references provinces (id),
  territory_id  uuid,
  address       varchar(255),
  phone         varchar(30),
  email         varchar(254),
  manager_id    uuid,
  latitude      numeric(9, 6) check (latitude between -90 and 90),
  longitude     numeric(9, 6) check (longitude between -180 and 180),
  opening_hours varchar(255),
  is_active     boolean      not null default true,
  created_at    timestamptz  not null default now(),
  updated_at    timestamptz  not null default now(),
  constraint agencies_coordinates_paired check ((latitude is null) = (longitude is null)),
  -- the agency's territory lies in the agency's province; moving that territory elsewhere is refused
  constraint agencies_territory_in_province foreign key (territory_id, province_id)
    references territories (id, province_id)
);
create index agencies_province_idx on agencies (province_id);
create index agencies_territory_idx on agencies (territory_id);

-- One counter row per province. Codes are taken with a single upsert that locks the row until the transaction
-- ends, so concurrent openings in a province get distinct numbers and a rolled-back opening gives its number back.
create table agency_code_counters (
  province_id uuid primary key references provinces (id) on delete cascade,
  last_value  integer not null check (last_value > 0)
);
