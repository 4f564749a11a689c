-- A notice to the client for each public reply of staff, written with the reply and sent afterwards by e-mail:
-- a mail server that is down delays notices, it never loses nor refuses a reply. Sent once (sent_at), retried
-- otherwise; given up (dropped_at) only when no address can ever be found or the address is refused.
CREATE TABLE reply_notices (
    message_id  uuid PRIMARY KEY REFERENCES ticket_messages (id),
    ticket_id   uuid        NOT NULL REFERENCES tickets (id),
    created_at  timestamptz NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  varchar(300),
    sent_at     timestamptz,
    dropped_at  timestamptz
);
CREATE INDEX reply_notices_pending ON reply_notices (created_at) WHERE sent_at IS NULL AND dropped_at IS NULL;
