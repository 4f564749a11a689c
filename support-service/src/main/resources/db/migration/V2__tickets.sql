-- Ticket numbers TK-<year>-<NNNNNN>: one sequence, gap-tolerant (ARCHITECTURE.md §3).
CREATE SEQUENCE ticket_numbers;

CREATE TABLE tickets (
    id                       uuid PRIMARY KEY,
    number                   varchar(20)  NOT NULL UNIQUE,
    client_id                uuid         NOT NULL,
    site_id                  uuid,
    agency_id                uuid,
    category                 varchar(20)  NOT NULL CHECK (category IN ('outage', 'billing', 'meter', 'connection', 'other')),
    priority                 varchar(10)  NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'critical')),
    -- the priority's severity (low 1 .. critical 4): lists sort on it, never on the code's alphabet
    priority_rank            integer      NOT NULL,
    subject                  varchar(200) NOT NULL,
    description              text         NOT NULL,
    invoice_id               uuid,
    meter_id                 uuid,
    status                   varchar(20)  NOT NULL
        CHECK (status IN ('open', 'in_progress', 'waiting_customer', 'resolved', 'closed')),
    opened_by                uuid         NOT NULL,
    opened_at                timestamptz  NOT NULL,
    assignee_id              uuid,
    team_agency_id           uuid,
    first_response_due       timestamptz,
    first_responded_at       timestamptz,
    resolution_due           timestamptz,
    -- set while the SLA clock stands still (waiting for the customer, or resolved until reopened)
    sla_paused_at            timestamptz,
    first_response_warned    boolean      NOT NULL DEFAULT false,
    resolution_warned        boolean      NOT NULL DEFAULT false,
    first_response_breached  boolean      NOT NULL DEFAULT false,
    resolution_breached      boolean      NOT NULL DEFAULT false,
    resolved_at              timestamptz,
    closed_at                timestamptz,
    version                  bigint       NOT NULL DEFAULT 0,
    updated_at               timestamptz  NOT NULL
);
CREATE INDEX tickets_client ON tickets (client_id, opened_at DESC);
CREATE INDEX tickets_queue ON tickets (status, priority_rank DESC, opened_at);
CREATE INDEX tickets_assignee ON tickets (assignee_id) WHERE assignee_id IS NOT NULL;

CREATE TABLE ticket_messages (
    id          uuid PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES tickets (id),
    author_id   uuid,
    author_kind varchar(10) NOT NULL CHECK (author_kind IN ('client', 'staff', 'system')),
    body        text        NOT NULL,
    internal    boolean     NOT NULL,
    posted_at   timestamptz NOT NULL,
    CHECK (author_kind <> 'client' OR NOT internal)
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, posted_at);

-- Every assignment, the first and each reassignment: who held it before is the previous row.
CREATE TABLE ticket_assignments (
    id             uuid PRIMARY KEY,
    ticket_id      uuid        NOT NULL REFERENCES tickets (id),
    assignee_id    uuid,
    team_agency_id uuid,
    automatic      boolean     NOT NULL,
    assigned_by    uuid,
    assigned_at    timestamptz NOT NULL,
    CHECK (assignee_id IS NOT NULL OR team_agency_id IS NOT NULL)
);
CREATE INDEX ticket_assignments_ticket ON ticket_assignments (ticket_id, assigned_at);
