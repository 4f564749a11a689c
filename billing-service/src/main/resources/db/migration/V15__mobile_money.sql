-- Mobile-money collection: our payment requests, every callback as it arrived, and the one credit per provider
-- transaction (MOBILE-MONEY.md, "Rules for billing").

create table mobile_money_requests (
    id              uuid primary key,
    -- Ours, unique: M-Pesa's ThirdPartyConversationID, Airtel's transaction id, Orange's order_id, the aggregator's
    -- reference.
    reference       varchar(40)    not null unique,
    client_id       uuid           not null,
    amount          numeric(14, 2) not null check (amount > 0),
    currency        varchar(3)     not null,
    provider        varchar(16)    not null,
    msisdn          varchar(12)    not null,
    -- Empty: the payment goes to the client's balance (oldest invoices first when it is allocated).
    invoice_ids     uuid[]         not null default '{}',
    status          varchar(16)    not null,
    failure_reason  varchar(300),
    conversation_id varchar(100),
    transaction_id  varchar(100),
    notif_token     varchar(200),
    pay_token       varchar(200),
    requested_by    uuid,
    created_at      timestamptz    not null,
    completed_at    timestamptz,
    -- Reconciliation: status queries made so far and when the next one is due (null once final).
    checks          integer        not null default 0,
    next_check_at   timestamptz
);

create index mobile_money_requests_due on mobile_money_requests (next_check_at) where next_check_at is not null;
create unique index mobile_money_requests_notif_token on mobile_money_requests (notif_token)
    where notif_token is not null;
create index mobile_money_requests_client on mobile_money_requests (client_id, created_at desc);

create table mobile_money_callbacks (
    id             bigserial primary key,
    provider       varchar(16)  not null,
    -- result: the answer to one of our requests; c2b: a paybill payment the customer started.
    kind           varchar(8)   not null,
    received_at    timestamptz  not null,
    source_address varchar(64),
    headers        jsonb        not null,
    body           text         not null,
    -- Null until judged; then what was done with it (see MobileMoneyVerdict).
    verdict        varchar(32),
    detail         varchar(500),
    request_id     uuid,
    webhook_id     varchar(200),
    judged_at      timestamptz
);

create index mobile_money_callbacks_request on mobile_money_callbacks (request_id);
create index mobile_money_callbacks_webhook on mobile_money_callbacks (provider, webhook_id) where webhook_id is not null;

-- The exactly-once point: one row per provider transaction, however many callbacks and status answers report it.
create table mobile_money_credits (
    id                      uuid primary key,
    provider                varchar(16)    not null,
    provider_transaction_id varchar(100)   not null,
    request_id              uuid           not null references mobile_money_requests (id),
    client_id               uuid           not null,
    amount                  numeric(14, 2) not null,
    currency                varchar(3)     not null,
    -- The callback that proved it, or null when a status query did.
    callback_id             bigint references mobile_money_callbacks (id),
    credited_at             timestamptz    not null,
    constraint mobile_money_credits_once unique (provider, provider_transaction_id)
);

create unique index mobile_money_credits_request on mobile_money_credits (request_id);
