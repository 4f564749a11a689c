-- The customer is told of a cut scheduled (with the amount to pay) and of the supply restored. The client's phone
-- and language come from crm's client events; a notice is written in the decision's transaction and sent after.
ALTER TABLE read_clients ADD COLUMN phone varchar(20);
ALTER TABLE read_clients ADD COLUMN preferred_language varchar(5);

CREATE TABLE disconnection_notices (
    id          uuid         PRIMARY KEY,
    contract_id uuid         NOT NULL,
    client_id   uuid         NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('cut_scheduled', 'supply_restored')),
    amount_due  varchar(200),
    created_at  timestamptz  NOT NULL,
    -- sent, skipped (no phone) or failed (the gateway refused it for good); null while to be sent
    outcome     varchar(10)  CHECK (outcome IN ('sent', 'skipped', 'failed')),
    attempts    integer      NOT NULL DEFAULT 0,
    done_at     timestamptz
);
CREATE INDEX disconnection_notices_pending ON disconnection_notices (created_at) WHERE outcome IS NULL;
