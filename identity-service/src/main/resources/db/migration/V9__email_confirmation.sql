-- An account's email counts as its holder's only once confirmed: through a link mailed to it (used with the
-- password), a mailed password link, or an administrator creating the account with a password. Only a confirmed
-- email ties an account to a CRM client found by that email.
alter table users
  add column email_confirmed_at timestamptz,
  -- a new address an administrator gave the account, waiting for confirmation; the email stays until then
  add column pending_email      varchar(254) check (pending_email = lower(pending_email) and pending_email like '%_@_%');

-- Accounts from before: staff accounts were created by administrators (or the bootstrap), and customers already tied
-- to a client were linked by crm-service; both count as confirmed. A customer account without a client was refused
-- a link (the client's email belonged to another account) or is still waiting: it confirms its address like a new
-- one (POST /api/auth/register/resend/, or a password reset).
update users set email_confirmed_at = created_at where role_code <> 'CLIENT' or client_id is not null;

-- Single-use links confirming an address (hashed like password tokens): the registered one, or a pending new one.
create table email_confirmations (
  token_hash bytea        primary key,
  user_id    uuid         not null references users (id),
  email      varchar(254) not null,
  purpose    varchar(20)  not null check (purpose in ('registration', 'email_change')),
  created_at timestamptz  not null,
  expires_at timestamptz  not null,
  used_at    timestamptz
);
create index email_confirmations_user_idx on email_confirmations (user_id, purpose, created_at);

-- Registrations with the address of an existing account: each mails the owner, at most a few an hour.
create table registration_attempts (
  user_id      uuid        not null references users (id),
  attempted_at timestamptz not null
);
create index registration_attempts_user_idx on registration_attempts (user_id, attempted_at);

-- Sessions opened under an address end when the account moves to a new, confirmed one.
alter table refresh_families drop constraint refresh_families_revoked_reason_check;
alter table refresh_families add constraint refresh_families_revoked_reason_check
  check (revoked_reason in ('logout', 'reuse', 'password_changed', 'email_changed', 'account_disabled', 'expired'));
