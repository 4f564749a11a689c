-- kWh per metered contract and month (period = the month's first day). revision is the highest operations revision
-- applied (0: none yet); source says where the figure came from: operations, or manual (entered by an accountant).
create table consumptions (
    contract_id  uuid not null,
    period       date not null check (extract(day from period) = 1),
    kwh          numeric(14, 3) not null check (kwh >= 0),
    estimated    boolean not null,
    source       text not null check (source in ('operations', 'manual')),
    revision     integer not null,
    recorded_at  timestamptz not null,
    recorded_by  text,
    primary key (contract_id, period)
);
