-- Sign-in throttle, shared by every replica and kept across restarts. Wrong passwords slow down the address they come
-- from for the identifier typed; they no longer lock an account for everyone. Rows are keyed by the identifier typed
-- (normalised), never by account, so an identifier that names no account behaves exactly like one that does. The
-- identifier is kept only as an HMAC-SHA-256 under a key derived from the at-rest encryption key: people type
-- passwords into the email field, and no identifier typed is kept in clear.

-- One identifier typed from one client address (an IPv6 address counts by its /64): failures in a row since the last
-- success there, and the last success, which makes the address familiar when the identifier reaches its ceiling.
create table sign_in_streaks (
  identifier_key  bytea       not null,
  client_address  varchar(64) not null,
  failures        integer     not null default 0 check (failures >= 0),
  last_failure_at timestamptz,
  last_success_at timestamptz,
  primary key (identifier_key, client_address)
);

-- One identifier from every address: failures in the current window, and the lock the ceiling starts (for a while,
-- addresses that have not signed in to it lately wait longer). Nobody is refused outright by it.
create table sign_in_identifiers (
  identifier_key    bytea       primary key,
  window_started_at timestamptz,
  failures          integer     not null default 0 check (failures >= 0),
  consecutive_locks integer     not null default 0 check (consecutive_locks >= 0),
  locked_until      timestamptz
);

-- An account now shows the lock of its email (locked_until, consecutive_locks), written when the ceiling is reached.
-- The hard locks of the previous rule end here, and its consecutive wrong passwords are no longer counted: the
-- throttle starts afresh. failed_logins stays (always 0) so that a replica of the previous version still reads its
-- rows during a rolling update.
update users set failed_logins = 0, consecutive_locks = 0, locked_until = null
where failed_logins <> 0 or consecutive_locks <> 0 or locked_until is not null;
comment on column users.failed_logins is 'No longer used: failures are counted in sign_in_streaks and sign_in_identifiers';
