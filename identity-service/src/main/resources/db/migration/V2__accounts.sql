-- Accounts. Emails are stored in lower case, so the unique index makes them unique case-insensitively. Accounts are
-- never deleted (other services and the audit log keep their ids): they are disabled.

create table users (
  id                  uuid         primary key,
  email               varchar(254) not null check (email = lower(email) and email like '%_@_%'),
  password_hash       varchar(255),
  first_name          varchar(100) not null check (btrim(first_name) <> ''),
  last_name           varchar(100) not null check (btrim(last_name) <> ''),
  post_name           varchar(100),
  phone               varchar(30),
  role_code           varchar(30)  not null references roles (code),
  agency_id           uuid,
  client_id           uuid,
  employee_id         uuid,
  disabled            boolean      not null default false,
  -- brute-force protection: consecutive wrong passwords, locks since the last success, and the current lock
  failed_logins       integer      not null default 0 check (failed_logins >= 0),
  consecutive_locks   integer      not null default 0 check (consecutive_locks >= 0),
  locked_until        timestamptz,
  last_login_at       timestamptz,
  password_changed_at timestamptz,
  created_at          timestamptz  not null,
  updated_at          timestamptz  not null
);
create unique index users_email_key on users (email);
-- one account per employee; a company client may have several accounts
create unique index users_employee_key on users (employee_id) where employee_id is not null;
create index users_role_idx on users (role_code);
create index users_agency_idx on users (agency_id);
create index users_created_at_idx on users (created_at);

-- Read model of geo-service's agencies, kept from geo.agency.events: self-registration needs an open agency.
create table agencies (
  id          uuid         primary key,
  code        varchar(20)  not null,
  name        varchar(150) not null,
  active      boolean      not null,
  -- occurred_at of the last event applied: an older event arriving late changes nothing
  changed_at  timestamptz  not null
);
