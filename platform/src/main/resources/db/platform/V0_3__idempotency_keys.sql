-- Idempotency-Key (ARCHITECTURE.md §7): the first answer to a request that carried a key, written in the same
-- transaction as the request's own change, so both exist or neither does. A retry with the same key and the same
-- request (request_hash) is answered from here. Rows older than the retention (24 h by default) count as absent
-- and are purged. There is no "in progress" row: while the first request runs, its transaction holds an advisory
-- lock on the key, and a concurrent retry is refused at once instead of waiting on an uncommitted insert.
CREATE TABLE idempotency_keys (
    scope                 varchar(100)  NOT NULL,
    idempotency_key       varchar(255)  NOT NULL,
    request_hash          char(64)      NOT NULL,
    response_status       smallint      NOT NULL CHECK (response_status BETWEEN 100 AND 499),
    response_content_type varchar(255),
    response_location     varchar(2048),
    response_body         bytea         NOT NULL,
    created_at            timestamptz   NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
