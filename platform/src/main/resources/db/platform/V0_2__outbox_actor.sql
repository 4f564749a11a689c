-- Who caused each event (a user id, "anonymous", or "system" for jobs and consumers): the audit log records it.
ALTER TABLE outbox ADD COLUMN actor varchar(100);
