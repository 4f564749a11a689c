-- The tariff catalogue. A tariff's prices change by a new version from a day; versions are only added.

create table tariffs (
    code        text primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name        text not null,
    currency    text not null check (currency in ('USD', 'CDF')),
    created_at  timestamptz not null default now()
);

create table tariff_versions (
    id           uuid primary key,
    tariff_code  text not null references tariffs (code),
    valid_from   date not null,
    monthly_fee  numeric(14, 2) not null check (monthly_fee >= 0),
    unique (tariff_code, valid_from)
);

-- Blocks in ascending order of their bound (position from 0); the last one has none.
create table tariff_blocks (
    version_id     uuid not null references tariff_versions (id) on delete cascade,
    position       integer not null,
    up_to_kwh      numeric(12, 3),
    price_per_kwh  numeric(14, 4) not null check (price_per_kwh >= 0),
    primary key (version_id, position)
);

create table tariff_charges (
    version_id  uuid not null references tariff_versions (id) on delete cascade,
    position    integer not null,
    code        text not null,
    label       text not null,
    amount      numeric(14, 2) not null check (amount > 0),
    currency    text not null check (currency in ('USD', 'CDF')),
    taxable     boolean not null,
    primary key (version_id, position)
);

-- Low-voltage classes as public utilities set them: in USD, payable in CDF at the day's rate, per-kWh blocks, and
-- Kinshasa's public-lighting tax (500 CDF a month, no VAT on it). Figures are illustrative; accountants add versions.
insert into tariffs (code, name, currency) values
    ('RES-SOCIAL', 'Résidentiel social', 'USD'),
    ('RES', 'Résidentiel', 'USD'),
    ('COM', 'Commercial', 'USD');

insert into tariff_versions (id, tariff_code, valid_from, monthly_fee) values
    ('0190f1a0-0000-7000-8000-000000000001', 'RES-SOCIAL', '2020-01-01', 1.00),
    ('0190f1a0-0000-7000-8000-000000000002', 'RES', '2020-01-01', 3.00),
    ('0190f1a0-0000-7000-8000-000000000003', 'COM', '2020-01-01', 10.00);

insert into tariff_blocks (version_id, position, up_to_kwh, price_per_kwh) values
    ('0190f1a0-0000-7000-8000-000000000001', 0, 50, 0.0400),
    ('0190f1a0-0000-7000-8000-000000000001', 1, 150, 0.0600),
    ('0190f1a0-0000-7000-8000-000000000001', 2, null, 0.0800),
    ('0190f1a0-0000-7000-8000-000000000002', 0, 100, 0.0700),
    ('0190f1a0-0000-7000-8000-000000000002', 1, 300, 0.0900),
    ('0190f1a0-0000-7000-8000-000000000002', 2, null, 0.1100),
    ('0190f1a0-0000-7000-8000-000000000003', 0, 500, 0.1200),
    ('0190f1a0-0000-7000-8000-000000000003', 1, null, 0.1400);

insert into tariff_charges (version_id, position, code, label, amount, currency, taxable) values
    ('0190f1a0-0000-7000-8000-000000000001', 0, 'ECL-PUB', 'Taxe d’éclairage public', 500.00, 'CDF', false),
    ('0190f1a0-0000-7000-8000-000000000002', 0, 'ECL-PUB', 'Taxe d’éclairage public', 500.00, 'CDF', false),
    ('0190f1a0-0000-7000-8000-000000000003', 0, 'ECL-PUB', 'Taxe d’éclairage public', 500.00, 'CDF', false);
