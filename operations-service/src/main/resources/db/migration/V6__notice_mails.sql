-- The collection loop's notices go by e-mail as well as by SMS: the client's address comes from crm's client events,
-- and each notice has a mail of its own, written in the decision's transaction and sent after, like its SMS.
ALTER TABLE read_clients ADD COLUMN email varchar(254);

CREATE TABLE disconnection_notice_mails (
    id          uuid         PRIMARY KEY,
    contract_id uuid         NOT NULL,
    client_id   uuid         NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('cut_scheduled', 'supply_restored')),
    amount_due  varchar(200),
    created_at  timestamptz  NOT NULL,
    -- sent, skipped (no address) or failed (the server refused it for good); null while to be sent
    outcome     varchar(10)  CHECK (outcome IN ('sent', 'skipped', 'failed')),
    attempts    integer      NOT NULL DEFAULT 0,
    done_at     timestamptz
);
CREATE INDEX disconnection_notice_mails_pending ON disconnection_notice_mails (created_at) WHERE outcome IS NULL;
