-- Paybill (C2B) payments: a customer paid our paybill number naming an account (a client or invoice number) without
-- a request of ours. One row per provider transaction, however often it is notified: credited once matched and
-- confirmed, else parked for an accountant to assign.
create table mobile_money_paybill (
    id                      uuid primary key,
    provider                varchar(16)    not null,
    provider_transaction_id varchar(100)   not null,
    account_reference       varchar(200)   not null,
    msisdn                  varchar(12)    not null,
    amount                  numeric(14, 2) not null check (amount > 0),
    currency                varchar(3)     not null,
    -- parked: waits for an accountant; credited: the credit row below exists.
    status                  varchar(16)    not null,
    -- Why it is parked: unmatched, ambiguous, unconfirmed (the provider could not confirm it yet).
    park_reason             varchar(16),
    confirmed               boolean        not null,
    client_id               uuid,
    invoice_id              uuid,
    callback_id             bigint references mobile_money_callbacks (id),
    received_at             timestamptz    not null,
    credited_at             timestamptz,
    assigned_by             uuid,
    assigned_at             timestamptz,
    constraint mobile_money_paybill_once unique (provider, provider_transaction_id),
    check ((status = 'credited') = (client_id is not null and credited_at is not null)),
    check ((status = 'parked') = (park_reason is not null))
);

create index mobile_money_paybill_parked on mobile_money_paybill (received_at desc) where status = 'parked';

-- A paybill credit has no request: the credit names its paybill row instead; still one per provider transaction.
alter table mobile_money_credits alter column request_id drop not null;
alter table mobile_money_credits add column paybill_id uuid references mobile_money_paybill (id);
alter table mobile_money_credits add constraint mobile_money_credits_origin
    check (num_nonnulls(request_id, paybill_id) = 1);
create index mobile_money_credits_day on mobile_money_credits (provider, credited_at);

-- Account references as customers type them ("fac 2026 000123"): compared on letters and digits only.
create index invoices_number_typed on invoices (upper(regexp_replace(number, '[^A-Za-z0-9]', '', 'g')))
    where number is not null;
create index crm_clients_number_typed on crm_clients (upper(regexp_replace(number, '[^A-Za-z0-9]', '', 'g')));

-- A failure or reversal a provider reported after its success was credited: told once, never reversed here.
create table mobile_money_reversals (
    id                      uuid primary key,
    provider                varchar(16)  not null,
    provider_transaction_id varchar(100) not null,
    credit_id               uuid         not null references mobile_money_credits (id),
    reason                  varchar(300),
    callback_id             bigint references mobile_money_callbacks (id),
    reported_at             timestamptz  not null,
    constraint mobile_money_reversals_once unique (provider, provider_transaction_id)
);
