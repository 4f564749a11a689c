-- Employees (feature "employees"). The number comes from a sequence (gap-tolerant, never max()+1); salary and NIF
-- are confidential: the API shows them to HR and to the employee itself only, and no event carries them.
CREATE SEQUENCE employee_number_seq MAXVALUE 99999;

CREATE TABLE employees (
    id                      uuid          PRIMARY KEY,
    number                  varchar(9)    NOT NULL UNIQUE CHECK (number ~ '^EMP-[0-9]{5}$'),
    -- identity's account tied to the employee (its tokens carry employee_id); one employee per account
    user_id                 uuid,
    -- an agency of geo (read_agencies), checked when written; no foreign key: geo's events may be replayed later
    agency_id               uuid          NOT NULL,
    first_name              varchar(80)   NOT NULL,
    last_name               varchar(80)   NOT NULL,
    post_name               varchar(80),
    nationality             varchar(80),
    birth_date              date,
    birth_place             varchar(120),
    nif                     varchar(20),
    position                varchar(30)   NOT NULL CHECK (position IN ('directeur_general', 'directeur_agence',
                                              'manager', 'chef_departement', 'responsable_rh', 'comptable',
                                              'caissier', 'agent_commercial', 'conseiller_client', 'technicien',
                                              'installateur', 'agent_support', 'developpeur', 'autre')),
    department              varchar(20)   NOT NULL CHECK (department IN ('direction', 'rh', 'comptabilite',
                                              'commercial', 'operations', 'support', 'it', 'logistique', 'autre')),
    contract_type           varchar(20)   NOT NULL CHECK (contract_type IN ('cdi', 'cdd', 'consultant', 'stage')),
    -- business days, Africa/Kinshasa
    hire_date               date          NOT NULL,
    end_date                date,
    status                  varchar(20)   NOT NULL CHECK (status IN ('active', 'suspended', 'on_leave', 'left')),
    manager_id              uuid          REFERENCES employees (id),
    salary_amount           numeric(14,2) NOT NULL CHECK (salary_amount > 0),
    salary_currency         varchar(3)      NOT NULL CHECK (salary_currency IN ('USD', 'CDF')),
    emergency_contact_name  varchar(120),
    emergency_contact_phone varchar(30),
    key_staff               boolean       NOT NULL DEFAULT false,
    photo_url               varchar(500),
    bio                     varchar(2000),
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    CHECK (end_date IS NULL OR end_date >= hire_date),
    CHECK (manager_id IS NULL OR manager_id <> id)
);
-- Decide between concurrent writes of one NIF or one account.
CREATE UNIQUE INDEX employees_nif_key ON employees (nif);
CREATE UNIQUE INDEX employees_user_key ON employees (user_id);
CREATE INDEX employees_manager ON employees (manager_id);
CREATE INDEX employees_agency ON employees (agency_id);
