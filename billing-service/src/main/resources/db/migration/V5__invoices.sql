-- Business numbers: one counter per prefix (FAC, AV, ...) and year, taken under a row lock (no gaps, no duplicates).
create table document_counters (
    prefix      text not null,
    year        integer not null,
    last_value  bigint not null,
    primary key (prefix, year)
);

-- An invoice per contract and month (period = the month's first day). A draft has no number; totals come from the
-- lines only. balance = total - amount_paid - amount_credited (nothing for a cancelled invoice).
create table invoices (
    id               uuid primary key,
    number           text unique,
    client_id        uuid not null,
    contract_id      uuid not null,
    contract_number  text not null,
    site_id          uuid not null,
    period           date not null check (extract(day from period) = 1),
    currency         text not null check (currency in ('USD', 'CDF')),
    status           text not null
                     check (status in ('draft', 'issued', 'partially_paid', 'overdue', 'paid', 'cancelled')),
    issue_date       date,
    due_date         date,
    subtotal         numeric(16, 2) not null,
    tax              numeric(16, 2) not null,
    total            numeric(16, 2) not null check (total = subtotal + tax),
    amount_paid      numeric(16, 2) not null check (amount_paid >= 0),
    amount_credited  numeric(16, 2) not null check (amount_credited >= 0),
    estimated        boolean not null,
    run_id           uuid,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null,
    check ((status = 'draft') = (number is null)),
    check ((status = 'draft') = (due_date is null))
);

-- A month is billed once per contract: a re-run, a crash in the middle of a run or a draft made by hand meanwhile
-- cannot make a second invoice. A cancelled invoice frees the month for a corrected one.
create unique index invoices_one_per_contract_and_month on invoices (contract_id, period) where status <> 'cancelled';
create index invoices_client on invoices (client_id, created_at desc);
create index invoices_run on invoices (run_id) where run_id is not null;
create index invoices_awaiting_due_date on invoices (due_date) where status in ('issued', 'partially_paid');

create table invoice_lines (
    invoice_id   uuid not null references invoices (id) on delete cascade,
    position     integer not null,
    kind         text not null,
    description  text not null,
    quantity     numeric(14, 3) not null,
    unit         text not null,
    unit_price   numeric(16, 4) not null,
    discount     numeric(16, 2) not null,
    tax_rate     numeric(5, 4) not null,
    amount       numeric(16, 2) not null,
    primary key (invoice_id, position)
);

create table credit_notes (
    id           uuid primary key,
    number       text not null unique,
    invoice_id   uuid not null references invoices (id),
    client_id    uuid not null,
    contract_id  uuid not null,
    currency     text not null,
    amount       numeric(16, 2) not null check (amount > 0),
    full_credit  boolean not null,
    reason       text not null,
    issue_date   date not null,
    created_at   timestamptz not null
);

create index credit_notes_invoice on credit_notes (invoice_id);
create index credit_notes_client on credit_notes (client_id, created_at desc);
