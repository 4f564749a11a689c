-- The collection loop (feature "disconnections"): billing's reports per contract, one cut case per meter, the
-- decision history, holds placed by OPERATIONS and pending mobile-money payments.

-- What billing last reported of a contract's account; the row is locked while a report is applied.
CREATE TABLE disconnection_accounts (
    contract_id uuid        PRIMARY KEY,
    client_id   uuid,
    site_id     uuid,
    overdue     boolean     NOT NULL DEFAULT false,
    -- occurred_at of the last report applied; an older report changes nothing
    reported_at timestamptz,
    amount_due  varchar(200)
);

-- One meter's disconnection asked for by an overdue report; its id is the disconnection order's id.
CREATE TABLE disconnection_cases (
    id          uuid        PRIMARY KEY,
    contract_id uuid        NOT NULL,
    meter_id    uuid        NOT NULL,
    client_id   uuid        NOT NULL,
    site_id     uuid        NOT NULL,
    status      varchar(20) NOT NULL CHECK (status IN ('waiting', 'ordered', 'refused', 'cancelled', 'reconnected')),
    reason      varchar(40),
    not_before  timestamptz,
    opened_at   timestamptz NOT NULL DEFAULT now()
);
-- At most one case open per meter: a redelivered report finds it instead of opening a second.
CREATE UNIQUE INDEX disconnection_cases_open_per_meter ON disconnection_cases (meter_id)
    WHERE status IN ('waiting', 'ordered', 'refused');
CREATE INDEX disconnection_cases_contract ON disconnection_cases (contract_id);
CREATE INDEX disconnection_cases_due ON disconnection_cases (not_before) WHERE status = 'waiting';

CREATE TABLE disconnection_decisions (
    id          uuid        PRIMARY KEY,
    contract_id uuid,
    meter_id    uuid,
    agency_id   uuid,
    outcome     varchar(30) NOT NULL,
    reason      varchar(40) NOT NULL,
    not_before  timestamptz,
    alert       boolean     NOT NULL DEFAULT false,
    actor_id    uuid,
    order_id    uuid,
    decided_at  timestamptz NOT NULL
);
CREATE INDEX disconnection_decisions_contract ON disconnection_decisions (contract_id, decided_at);
CREATE INDEX disconnection_decisions_cuts ON disconnection_decisions (decided_at, agency_id)
    WHERE outcome = 'cut_ordered';

CREATE TABLE disconnection_holds (
    id          uuid         PRIMARY KEY,
    scope       varchar(20)  NOT NULL CHECK (scope IN ('contract', 'agency')),
    target_id   uuid         NOT NULL,
    note        varchar(500),
    placed_by   uuid         NOT NULL,
    placed_at   timestamptz  NOT NULL,
    released_by uuid,
    released_at timestamptz
);
CREATE UNIQUE INDEX disconnection_holds_active ON disconnection_holds (scope, target_id) WHERE released_at IS NULL;

-- A client's mobile-money payment under way holds its cuts until it ends or its hold runs out.
CREATE TABLE disconnection_payment_holds (
    payment_id uuid        PRIMARY KEY,
    client_id  uuid        NOT NULL,
    hold_until timestamptz NOT NULL,
    ended_at   timestamptz
);
CREATE INDEX disconnection_payment_holds_client ON disconnection_payment_holds (client_id);
