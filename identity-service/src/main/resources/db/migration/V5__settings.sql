-- System settings (/api/core/settings/). Their types, bounds and defaults are declared by the service; a row exists
-- once someone changed the default.
create table settings (
  key        varchar(60) primary key check (key ~ '^[a-z][a-z0-9_]*$'),
  value      text        not null,
  updated_at timestamptz not null,
  updated_by uuid
);
