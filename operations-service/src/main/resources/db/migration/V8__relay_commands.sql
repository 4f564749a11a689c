-- Orders to meters' relays (feature "commands"): one row per order, carried out by a command on iot.meter-commands
-- (sent again at back-off intervals until acknowledged or expired) or by a field intervention.
CREATE TABLE relay_commands (
    id               uuid        PRIMARY KEY,
    -- the order carried out: the same order given twice (a redelivered event, a retried decision) is one command
    order_id         uuid        NOT NULL,
    meter_id         uuid        NOT NULL REFERENCES meters (id),
    meter_number     varchar(40) NOT NULL,
    action           varchar(12) NOT NULL CHECK (action IN ('disconnect', 'reconnect')),
    reason           varchar(500) NOT NULL,
    state            varchar(12) NOT NULL CHECK (state IN ('pending', 'sent', 'field_work', 'executed', 'failed',
                                                           'cancelled')),
    attempts         integer     NOT NULL DEFAULT 0,
    issued_at        timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    next_attempt_at  timestamptz,
    finished_at      timestamptz,
    failure          varchar(10) CHECK (failure IN ('refused', 'failed', 'expired')),
    intervention_id  uuid,
    -- the staff member who gave the order by hand; null for the disconnection policy's orders
    ordered_by       uuid,
    CONSTRAINT relay_commands_order_key UNIQUE (order_id)
);
-- the dispatcher's question: what is due now
CREATE INDEX relay_commands_due ON relay_commands (next_attempt_at) WHERE state IN ('pending', 'sent');
CREATE INDEX relay_commands_meter ON relay_commands (meter_id, issued_at DESC);

-- Messages of iot.meter-events already handled: a head-end resending one (same message id) changes nothing.
CREATE TABLE meter_event_log (
    message_id   uuid        PRIMARY KEY,
    meter_number varchar(40) NOT NULL,
    type         varchar(30) NOT NULL,
    command_id   uuid,
    occurred_at  timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    -- what operations made of it: applied, or why not (unknown meter, unknown command)
    outcome      varchar(30) NOT NULL,
    payload      text        NOT NULL
);
