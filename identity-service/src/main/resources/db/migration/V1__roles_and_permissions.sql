-- Roles and the role-to-permission matrix (DOMAIN.md "Roles and permissions"). The matrix is data: seeded here,
-- edited by super administrators through /api/accounts/roles/. Permissions are module:action.

create table roles (
  code       varchar(30)  primary key check (code ~ '^[A-Z_]+$'),
  name       varchar(100) not null,
  updated_at timestamptz  not null default now(),
  updated_by uuid
);

create table role_permissions (
  role_code  varchar(30) not null references roles (code),
  permission varchar(40) not null check (permission ~ '^[a-z]+:[a-z]+$'),
  primary key (role_code, permission)
);

insert into roles (code, name) values
  ('SUPER_ADMIN', 'Super administrateur'),
  ('ADMIN',       'Administrateur'),
  ('HR',          'Ressources humaines'),
  ('ACCOUNTANT',  'Comptable'),
  ('OPERATIONS',  'Opérations'),
  ('SALES_AGENT', 'Agent commercial'),
  ('EMPLOYEE',    'Employé'),
  ('CLIENT',      'Client');

create temporary table seed_modules (module varchar(20)) on commit drop;
insert into seed_modules values
  ('core'), ('geo'), ('agencies'), ('accounts'), ('hr'), ('crm'), ('billing'), ('operations'), ('support'),
  ('cms'), ('audit');
create temporary table seed_actions (action varchar(20)) on commit drop;
insert into seed_actions values ('create'), ('read'), ('update'), ('delete'), ('export'), ('approve');

-- SUPER_ADMIN: everything.
insert into role_permissions (role_code, permission)
select 'SUPER_ADMIN', module || ':' || action from seed_modules cross join seed_actions;

-- ADMIN: everything except core (system settings, signing keys). Changing SUPER_ADMIN accounts is refused by the
-- account rules, whatever the matrix says.
insert into role_permissions (role_code, permission)
select 'ADMIN', module || ':' || action from seed_modules cross join seed_actions where module <> 'core';

-- HR: all on hr; read on crm, geo, agencies.
insert into role_permissions (role_code, permission)
select 'HR', 'hr:' || action from seed_actions;
insert into role_permissions (role_code, permission) values
  ('HR', 'crm:read'), ('HR', 'geo:read'), ('HR', 'agencies:read');

-- ACCOUNTANT: all on billing; read on crm, geo, agencies.
insert into role_permissions (role_code, permission)
select 'ACCOUNTANT', 'billing:' || action from seed_actions;
insert into role_permissions (role_code, permission) values
  ('ACCOUNTANT', 'crm:read'), ('ACCOUNTANT', 'geo:read'), ('ACCOUNTANT', 'agencies:read');

-- OPERATIONS: create/read/update/delete on operations; read on crm, geo, agencies.
insert into role_permissions (role_code, permission) values
  ('OPERATIONS', 'operations:create'), ('OPERATIONS', 'operations:read'), ('OPERATIONS', 'operations:update'),
  ('OPERATIONS', 'operations:delete'),
  ('OPERATIONS', 'crm:read'), ('OPERATIONS', 'geo:read'), ('OPERATIONS', 'agencies:read');

-- SALES_AGENT: create/read/update on crm; read on billing, geo, agencies.
insert into role_permissions (role_code, permission) values
  ('SALES_AGENT', 'crm:create'), ('SALES_AGENT', 'crm:read'), ('SALES_AGENT', 'crm:update'),
  ('SALES_AGENT', 'billing:read'), ('SALES_AGENT', 'geo:read'), ('SALES_AGENT', 'agencies:read');

-- EMPLOYEE: read on hr (own records), create on hr (own leave requests and attendance); hr-service restricts both
-- to the caller's own employee_id.
insert into role_permissions (role_code, permission) values
  ('EMPLOYEE', 'hr:read'), ('EMPLOYEE', 'hr:create');

-- CLIENT: read on billing and crm (own records), create/read on support (own tickets). Paying one's own invoices
-- needs no permission: billing-service lets a caller pay the invoices of the client_id in its token.
insert into role_permissions (role_code, permission) values
  ('CLIENT', 'billing:read'), ('CLIENT', 'crm:read'), ('CLIENT', 'support:create'), ('CLIENT', 'support:read');
