-- Files attached to tickets. The bytes are in the platform's file storage under storage_key; content_type is what
-- the bytes announced (sniffed), never what the sender said; file_name is kept for the download only.
CREATE TABLE ticket_attachments (
    id           uuid PRIMARY KEY,
    ticket_id    uuid         NOT NULL REFERENCES tickets (id),
    file_name    varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    storage_key  varchar(300) NOT NULL UNIQUE,
    uploaded_by  uuid         NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_id, uploaded_at);
