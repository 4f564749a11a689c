-- A payment from one client in one currency. Only confirmed money is allocated; the rate of the received day is kept
-- once a conversion was needed. version: optimistic lock, so two people allocating one payment cannot both win.
create table payments (
    id                       uuid primary key,
    number                   text not null unique,
    client_id                uuid not null,
    contract_id              uuid,
    currency                 text not null check (currency in ('USD', 'CDF')),
    amount                   numeric(16, 2) not null check (amount > 0),
    method                   text not null check (method in ('cash', 'bank_transfer', 'card', 'mobile_money')),
    status                   text not null check (status in ('pending', 'confirmed', 'failed')),
    received_at              timestamptz not null,
    received_day             date not null,
    external_reference       text,
    provider                 text,
    provider_transaction_id  text,
    cdf_per_usd              numeric(14, 4) check (cdf_per_usd > 0),
    failure_reason           text,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint not null,
    check ((status = 'failed') = (failure_reason is not null)),
    check ((method = 'mobile_money') = (provider is not null and provider_transaction_id is not null))
);

-- A provider's retried callback finds the payment it already made instead of making a second one.
create unique index payments_provider_transaction on payments (provider, provider_transaction_id)
    where provider is not null;
create index payments_client on payments (client_id, received_at desc);
create index payments_received_day on payments (received_day);

-- The invoices a payment was meant for, in the order given, kept while it waits for confirmation.
create table payment_targets (
    payment_id  uuid not null references payments (id),
    position    integer not null,
    invoice_id  uuid not null references invoices (id),
    primary key (payment_id, position)
);

-- What left a payment (taken, its currency) and came off an invoice (settled, the invoice's currency).
create table payment_allocations (
    payment_id   uuid not null references payments (id),
    position     integer not null,
    invoice_id        uuid not null references invoices (id),
    taken             numeric(16, 2) not null check (taken > 0),
    settled           numeric(16, 2) not null check (settled > 0),
    settled_currency  text not null check (settled_currency in ('USD', 'CDF')),
    allocated_at timestamptz not null,
    primary key (payment_id, position)
);

create index payment_allocations_invoice on payment_allocations (invoice_id);

-- The client's credit per currency is the sum of these lines: + a payment's leftover, - its later use on an invoice.
create table client_credits (
    id           uuid primary key,
    client_id    uuid not null,
    payment_id   uuid not null references payments (id),
    currency     text not null check (currency in ('USD', 'CDF')),
    amount       numeric(16, 2) not null check (amount <> 0),
    invoice_id   uuid references invoices (id),
    recorded_at  timestamptz not null,
    check ((amount < 0) = (invoice_id is not null))
);

create index client_credits_client on client_credits (client_id, currency);
create index client_credits_payment on client_credits (payment_id);
