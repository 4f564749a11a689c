-- A refresh-token family (a session) ends at an absolute expiry, fixed when it opens (sign-in + the configured
-- lifetime, 30 days by default), however often it is refreshed. Families opened before this version get 30 days
-- from the upgrade, so that nobody is signed out by it; the default also serves a replica of the previous version
-- that opens families during a rolling update.
alter table refresh_families add column expires_at timestamptz not null default (now() + interval '30 days');

alter table refresh_families drop constraint refresh_families_revoked_reason_check;
alter table refresh_families add constraint refresh_families_revoked_reason_check
  check (revoked_reason in ('logout', 'reuse', 'password_changed', 'account_disabled', 'expired'));

-- The pair a refresh answered, kept for the retry grace (10 seconds by default) so that the same token presented
-- again within it (two tabs, a retry after a lost answer) gets the same pair instead of ending the family. Encrypted
-- with AES-256-GCM under the at-rest key, bound to the spent token's hash; set back to null once the grace is over.
alter table refresh_tokens add column successor bytea;
alter table refresh_tokens add column successor_until timestamptz;
create index refresh_tokens_successor_idx on refresh_tokens (successor_until) where successor is not null;
