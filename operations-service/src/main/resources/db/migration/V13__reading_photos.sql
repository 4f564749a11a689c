-- Photos of meter displays taken with manual readings (feature "readings"), stored through the platform's file
-- storage; one per reading, a new upload replacing the old.
CREATE TABLE reading_photos (
    meter_id     uuid        NOT NULL REFERENCES meters (id),
    read_at      timestamptz NOT NULL,
    storage_key  varchar(200) NOT NULL,
    content_type varchar(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   integer     NOT NULL,
    uploaded_by  uuid        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    PRIMARY KEY (meter_id, read_at)
);
