-- Refresh tokens rotate within a family (one family per sign-in). Only SHA-256 hashes of the opaque tokens are
-- stored. Presenting a spent token revokes its whole family: someone else holds a copy.
create table refresh_families (
  id             uuid        primary key,
  user_id        uuid        not null references users (id),
  created_at     timestamptz not null,
  revoked_at     timestamptz,
  revoked_reason varchar(30) check (revoked_reason in ('logout', 'reuse', 'password_changed', 'account_disabled'))
);
create index refresh_families_user_idx on refresh_families (user_id) where revoked_at is null;

create table refresh_tokens (
  token_hash bytea       primary key,
  family_id  uuid        not null references refresh_families (id) on delete cascade,
  issued_at  timestamptz not null,
  expires_at timestamptz not null,
  spent_at   timestamptz
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_expires_idx on refresh_tokens (expires_at);

-- Single-use tokens mailed to set a password: a reset (30 minutes) or an invitation (first password). Hashed too.
create table password_tokens (
  token_hash bytea       primary key,
  user_id    uuid        not null references users (id),
  purpose    varchar(20) not null check (purpose in ('reset', 'invitation')),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at    timestamptz
);
create index password_tokens_user_idx on password_tokens (user_id, created_at);
