-- A contract's standing towards disconnection. status: reported (AccountOverdue published, until the overdue balance
-- is back to zero), protected (its final step came but the site is protected: no event, a decision kept to show),
-- settled (AccountSettled published, or nothing owed any more after a protected decision). A row per contract: the
-- row lock serialises two passes, or a pass and a payment, deciding about the same contract.
create table account_standings (
    contract_id   uuid primary key,
    client_id     uuid not null,
    site_id       uuid not null,
    status        text not null check (status in ('reported', 'protected', 'settled')),
    step_code     text not null,
    invoice_id    uuid not null,
    decided_at    timestamptz not null,
    settled_at    timestamptz
);
