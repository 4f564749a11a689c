-- The company calendar: public holidays per country (recurring ones with per-year overrides, and extra days) and
-- agencies' weekly working hours (agency_id null: the company default every other agency follows).
--
-- announced: false until the row's state has been published on geo.calendar.events. Rows written through the
-- service are published in their own transaction and stored as announced; rows a migration loads are published
-- once, at the next start, by the service itself (a migration runs before the outbox relay's replication slot
-- exists, so outbox rows written here could be missed). A later migration that changes a holiday, its overrides
-- or some hours sets announced = false on the holiday or hours row it touches.

-- Agency events now carry the agency's country (whose holidays it observes). Agencies opened before have never
-- had it published: false marks them, and the service publishes their state once at the next start. Agencies
-- opened from now on carry it in AgencyOpened, hence the new default.
alter table agencies add column country_published boolean not null default false;
alter table agencies alter column country_published set default true;

create table public_holidays (
  id           uuid primary key,
  country_code varchar(2)   not null references countries (code) on update cascade,
  kind         varchar(10)  not null check (kind in ('recurring', 'extra')),
  month        smallint     not null check (month between 1 and 12),
  day          smallint     not null check (day between 1 and 31),
  first_year   integer      not null,
  last_year    integer,
  name_fr      varchar(150) not null check (btrim(name_fr) <> ''),
  name_en      varchar(150) not null check (btrim(name_en) <> ''),
  is_cancelled boolean      not null default false,
  announced    boolean      not null default false,
  created_at   timestamptz  not null default now(),
  updated_at   timestamptz  not null default now(),
  constraint public_holidays_years check (last_year is null or last_year >= first_year),
  constraint public_holidays_extra_is_one_year check (kind = 'recurring' or last_year = first_year)
);
create index public_holidays_country_idx on public_holidays (country_code);
create index public_holidays_unannounced_idx on public_holidays (id) where not announced;

-- What a government communiqué decided for one year of a recurring holiday: observed on observed_on, or not at all.
create table holiday_overrides (
  holiday_id  uuid    not null references public_holidays (id),
  year        integer not null,
  observed_on date,
  primary key (holiday_id, year)
);

create table working_hours (
  id         uuid primary key,
  agency_id  uuid unique references agencies (id),
  zone       varchar(64) not null,
  announced  boolean     not null default false,
  updated_at timestamptz not null default now()
);
-- exactly one company default
create unique index working_hours_one_default on working_hours ((agency_id is null)) where agency_id is null;

create table working_hour_intervals (
  working_hours_id uuid     not null references working_hours (id) on delete cascade,
  day_of_week      smallint not null check (day_of_week between 1 and 7), -- ISO 8601: 1 = Monday
  starts_at        time     not null,
  ends_at          time     not null,
  primary key (working_hours_id, day_of_week, starts_at),
  constraint working_hour_intervals_order check (starts_at < ends_at)
);

-- Reference data, ids derived from natural keys as in V3. The DR Congo's holidays by Ordonnance 23/042 of
-- 30 March 2023 (no movable feast), from 2023 on.
insert into public_holidays (id, country_code, kind, month, day, first_year, name_fr, name_en) values
  (md5('mwolo.geo/holiday/CD/01-01')::uuid, 'CD', 'recurring', 1, 1, 2023,
   'Nouvel an', 'New Year’s Day'),
  (md5('mwolo.geo/holiday/CD/01-04')::uuid, 'CD', 'recurring', 1, 4, 2023,
   'Journée des martyrs de l’indépendance', 'Martyrs of Independence Day'),
  (md5('mwolo.geo/holiday/CD/01-16')::uuid, 'CD', 'recurring', 1, 16, 2023,
   'Journée du héros national Laurent-Désiré Kabila', 'National Hero Laurent-Désiré Kabila Day'),
  (md5('mwolo.geo/holiday/CD/01-17')::uuid, 'CD', 'recurring', 1, 17, 2023,
   'Journée du héros national Patrice-Emery Lumumba', 'National Hero Patrice-Emery Lumumba Day'),
  (md5('mwolo.geo/holiday/CD/04-06')::uuid, 'CD', 'recurring', 4, 6, 2023,
   'Journée du combat de Simon Kimbangu et de la conscience africaine',
   'Simon Kimbangu Day and African Consciousness Day'),
  (md5('mwolo.geo/holiday/CD/05-01')::uuid, 'CD', 'recurring', 5, 1, 2023,
   'Fête du travail', 'Labour Day'),
  (md5('mwolo.geo/holiday/CD/05-17')::uuid, 'CD', 'recurring', 5, 17, 2023,
   'Journée de la révolution et des forces armées', 'Revolution and Armed Forces Day'),
  (md5('mwolo.geo/holiday/CD/06-30')::uuid, 'CD', 'recurring', 6, 30, 2023,
   'Fête de l’indépendance', 'Independence Day'),
  (md5('mwolo.geo/holiday/CD/08-01')::uuid, 'CD', 'recurring', 8, 1, 2023,
   'Fête des parents', 'Parents’ Day'),
  (md5('mwolo.geo/holiday/CD/12-25')::uuid, 'CD', 'recurring', 12, 25, 2023,
   'Noël', 'Christmas Day');

-- 4 January 2026, a Sunday, was observed on Monday 5 January rather than on Saturday 3 (government communiqué).
insert into holiday_overrides (holiday_id, year, observed_on) values
  (md5('mwolo.geo/holiday/CD/01-04')::uuid, 2026, date '2026-01-05');

-- 2 August 2024 was declared a public holiday, the day after Parents' Day.
insert into public_holidays (id, country_code, kind, month, day, first_year, last_year, name_fr, name_en) values
  (md5('mwolo.geo/holiday/CD/2024-08-02')::uuid, 'CD', 'extra', 8, 2, 2024, 2024,
   'Lendemain de la fête des parents (jour férié exceptionnel)', 'Day after Parents’ Day (one-off public holiday)');

-- The company default: Monday to Friday, 08:00 to 16:00, Kinshasa time.
insert into working_hours (id, agency_id, zone) values
  (md5('mwolo.geo/working-hours/default')::uuid, null, 'Africa/Kinshasa');
insert into working_hour_intervals (working_hours_id, day_of_week, starts_at, ends_at)
select md5('mwolo.geo/working-hours/default')::uuid, day, time '08:00', time '16:00'
from generate_series(1, 5) as day;
