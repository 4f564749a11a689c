-- The daily reconciliation of each provider's statement with our credits, kept as it was found: one per provider
-- and Kinshasa day, replaced when the day is reconciled again.
create table mobile_money_reconciliations (
    provider           varchar(16) not null,
    day                date        not null,
    generated_at       timestamptz not null,
    matched            integer     not null,
    missing_ours       integer     not null,
    missing_theirs     integer     not null,
    amount_differences integer     not null,
    -- Every line, matched ones included: [{kind, provider_transaction_id, reference, ...}].
    lines              jsonb       not null,
    primary key (provider, day)
);
