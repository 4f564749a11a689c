-- Payroll inputs, exchange rates, runs and payslips (feature "payroll").

-- USD/CDF entered by HR, one a day; a run takes the rate of its date (none: 409).
CREATE TABLE exchange_rates (
    day         date           PRIMARY KEY,
    cdf_per_usd numeric(12,4)  NOT NULL CHECK (cdf_per_usd > 0),
    entered_by  uuid,
    entered_at  timestamptz    NOT NULL
);

-- Dependents counted by the IPR (0 when there is no row).
CREATE TABLE payroll_profiles (
    employee_id uuid        PRIMARY KEY REFERENCES employees (id),
    dependents  integer     NOT NULL CHECK (dependents BETWEEN 0 AND 30),
    updated_at  timestamptz NOT NULL
);

-- An employee's month: overtime (valued, in the salary's currency) and its lines.
CREATE TABLE payroll_inputs (
    employee_id uuid          NOT NULL REFERENCES employees (id),
    month       varchar(7)    NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    overtime    numeric(14,2) NOT NULL CHECK (overtime >= 0),
    updated_at  timestamptz   NOT NULL,
    PRIMARY KEY (employee_id, month)
);

CREATE TABLE payroll_input_lines (
    employee_id uuid          NOT NULL,
    month       varchar(7)    NOT NULL,
    position    integer       NOT NULL,
    kind        varchar(12)   NOT NULL CHECK (kind IN ('allowance', 'adjustment')),
    label       varchar(120)  NOT NULL,
    amount      numeric(14,2) NOT NULL CHECK (kind = 'adjustment' OR amount >= 0),
    PRIMARY KEY (employee_id, month, position),
    FOREIGN KEY (employee_id, month) REFERENCES payroll_inputs (employee_id, month) ON DELETE CASCADE
);

-- A run; its totals are kept beside it so that lists and the accountant's view never load payslips.
CREATE TABLE payroll_runs (
    id                  uuid          PRIMARY KEY,
    month               varchar(7)    NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    -- null: the whole company
    agency_id           uuid,
    run_date            date          NOT NULL,
    exchange_rate       numeric(12,4) NOT NULL,
    status              varchar(10)   NOT NULL CHECK (status IN ('draft', 'validated', 'paid')),
    payslip_count       integer       NOT NULL,
    total_gross_cdf     numeric(18,2) NOT NULL,
    total_cnss_employee numeric(18,2) NOT NULL,
    total_ipr           numeric(18,2) NOT NULL,
    total_net_cdf       numeric(18,2) NOT NULL,
    total_cnss_employer numeric(18,2) NOT NULL,
    total_inpp          numeric(18,2) NOT NULL,
    total_onem          numeric(18,2) NOT NULL,
    created_by          uuid,
    created_at          timestamptz   NOT NULL,
    validated_by        uuid,
    validated_at        timestamptz,
    paid_by             uuid,
    paid_at             timestamptz,
    updated_at          timestamptz   NOT NULL
);
-- The last guard against two runs paying the same people in a month (the use case checks overlaps under a lock).
CREATE UNIQUE INDEX payroll_runs_company_month ON payroll_runs (month) WHERE agency_id IS NULL;
CREATE UNIQUE INDEX payroll_runs_agency_month ON payroll_runs (month, agency_id) WHERE agency_id IS NOT NULL;

CREATE TABLE payslips (
    id                      uuid          PRIMARY KEY,
    run_id                  uuid          NOT NULL REFERENCES payroll_runs (id) ON DELETE CASCADE,
    employee_id             uuid          NOT NULL REFERENCES employees (id),
    employee_number         varchar(9)    NOT NULL,
    employee_name           varchar(250)  NOT NULL,
    agency_id               uuid          NOT NULL,
    currency                varchar(3)    NOT NULL CHECK (currency IN ('USD', 'CDF')),
    base                    numeric(14,2) NOT NULL,
    overtime                numeric(14,2) NOT NULL,
    gross                   numeric(14,2) NOT NULL,
    gross_cdf               numeric(16,2) NOT NULL,
    gross_usd               numeric(14,2) NOT NULL,
    cnss_employee           numeric(16,2) NOT NULL,
    taxable                 numeric(16,2) NOT NULL,
    dependents              integer       NOT NULL,
    ipr_scale               numeric(16,2) NOT NULL,
    ipr_capped              boolean       NOT NULL,
    ipr_minimum_applied     boolean       NOT NULL,
    ipr                     numeric(16,2) NOT NULL,
    net_cdf                 numeric(16,2) NOT NULL,
    net_usd                 numeric(14,2) NOT NULL,
    employer_pension        numeric(16,2) NOT NULL,
    employer_family         numeric(16,2) NOT NULL,
    employer_risks          numeric(16,2) NOT NULL,
    inpp                    numeric(16,2) NOT NULL,
    onem                    numeric(16,2) NOT NULL,
    UNIQUE (run_id, employee_id)
);
CREATE INDEX payslips_employee ON payslips (employee_id);

CREATE TABLE payslip_lines (
    payslip_id uuid          NOT NULL REFERENCES payslips (id) ON DELETE CASCADE,
    position   integer       NOT NULL,
    kind       varchar(12)   NOT NULL CHECK (kind IN ('allowance', 'adjustment')),
    label      varchar(120)  NOT NULL,
    amount     numeric(14,2) NOT NULL,
    PRIMARY KEY (payslip_id, position)
);
