-- Rates as data with dates (DOMAIN.md, reference figures): the day's USD/CDF rate and tax rates with validity.

-- The central bank's indicative rate of a day: CDF for one USD, 4 decimals as published.
create table exchange_rates (
    day          date primary key,
    cdf_per_usd  numeric(14, 4) not null check (cdf_per_usd > 0),
    recorded_at  timestamptz not null default now()
);

-- A rate is in force from valid_from until the next row of its code starts.
create table tax_rates (
    code         text not null,
    valid_from   date not null,
    rate         numeric(5, 4) not null check (rate >= 0 and rate <= 1),
    recorded_at  timestamptz not null default now(),
    primary key (code, valid_from)
);

insert into tax_rates (code, valid_from, rate) values ('vat', '2020-01-01', 0.1600);
