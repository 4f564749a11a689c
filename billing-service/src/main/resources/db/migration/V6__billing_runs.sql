-- Billing runs: one month each, worked in batches; their counters move with each batch's transaction.
create table billing_runs (
    id            uuid primary key,
    period        date not null check (extract(day from period) = 1),
    trigger       text not null check (trigger in ('manual', 'schedule')),
    status        text not null check (status in ('running', 'completed', 'interrupted', 'failed')),
    started_by    text not null,
    started_at    timestamptz not null,
    issue_day     date not null,
    total         integer not null,
    invoiced      integer not null,
    skipped       integer not null,
    failed        integer not null,
    waiting       integer not null,
    heartbeat_at  timestamptz not null,
    finished_at   timestamptz,
    version       bigint not null
);

-- One running run per month: the last guard behind the start's lock.
create unique index billing_runs_one_running_per_month on billing_runs (period) where status = 'running';
create index billing_runs_started on billing_runs (started_at desc);

-- The contracts a run did not bill, and why: code and arguments of the reason's message (rendered when read).
create table billing_run_items (
    run_id           uuid not null references billing_runs (id),
    contract_id      uuid not null,
    contract_number  text,
    outcome          text not null check (outcome in ('failed', 'waiting')),
    code             text not null,
    arguments        text[] not null,
    recorded_at      timestamptz not null default clock_timestamp(),
    primary key (run_id, contract_id)
);
