-- Leave (feature "leave"): types as data, an append-only ledger balances are computed from, and requests.
CREATE TABLE leave_types (
    code                  varchar(30)  PRIMARY KEY CHECK (code ~ '^[a-z][a-z_]{1,29}$'),
    name_fr               varchar(80)  NOT NULL,
    name_en               varchar(80)  NOT NULL,
    -- accrued month by month when set
    yearly_days           numeric(5,2) CHECK (yearly_days > 0),
    -- whether the ledger limits requests of the type (sick and unpaid leave are recorded, not limited)
    balance_checked       boolean      NOT NULL,
    -- closing a year keeps at most this much, usable carry_forward_months months; no carry-forward when null
    carry_forward_cap     numeric(5,2) CHECK (carry_forward_cap >= 0),
    carry_forward_months  integer      NOT NULL DEFAULT 0 CHECK (carry_forward_months >= 0)
);
INSERT INTO leave_types VALUES
    ('annual', 'Congé annuel', 'Annual leave', 20, true, 5, 3),
    ('sick', 'Congé de maladie', 'Sick leave', NULL, false, NULL, 0),
    ('maternity', 'Congé de maternité', 'Maternity leave', NULL, false, NULL, 0),
    ('paternity', 'Congé de paternité', 'Paternity leave', NULL, false, NULL, 0),
    ('family_event', 'Congé de circonstance', 'Family event leave', NULL, false, NULL, 0),
    ('unpaid', 'Congé sans solde', 'Unpaid leave', NULL, false, NULL, 0);

CREATE TABLE leave_requests (
    id              uuid          PRIMARY KEY,
    employee_id     uuid          NOT NULL REFERENCES employees (id),
    leave_type      varchar(30)   NOT NULL REFERENCES leave_types (code),
    -- business days, Africa/Kinshasa
    start_date      date          NOT NULL,
    start_half_day  boolean       NOT NULL,
    end_date        date          NOT NULL,
    end_half_day    boolean       NOT NULL,
    -- working days of the agency's calendar when drafted, in halves
    days            numeric(5,1)  NOT NULL CHECK (days > 0),
    reason          varchar(500),
    status          varchar(20)   NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected',
                                                             'cancelled')),
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX leave_requests_employee ON leave_requests (employee_id, status);

-- Append-only: an entry is never updated nor deleted; a correction is another entry.
CREATE TABLE leave_ledger (
    id           uuid          PRIMARY KEY,
    employee_id  uuid          NOT NULL REFERENCES employees (id),
    leave_type   varchar(30)   NOT NULL REFERENCES leave_types (code),
    kind         varchar(20)   NOT NULL CHECK (kind IN ('allocation', 'accrual', 'take', 'return',
                                                        'carry_forward', 'year_closed')),
    days         numeric(6,2)  NOT NULL,
    effective_on date          NOT NULL,
    -- what an accrual or a year close is for (2026-03, 2026)
    period       varchar(7),
    -- the last day carried-forward days may be used
    expires_on   date,
    request_id   uuid          REFERENCES leave_requests (id),
    created_at   timestamptz   NOT NULL
);
CREATE INDEX leave_ledger_employee ON leave_ledger (employee_id, leave_type);
-- Running an accrual or a year close again, or approving or cancelling twice, adds nothing.
CREATE UNIQUE INDEX leave_ledger_period_key ON leave_ledger (employee_id, leave_type, kind, period)
    WHERE period IS NOT NULL;
CREATE UNIQUE INDEX leave_ledger_request_key ON leave_ledger (request_id, kind) WHERE request_id IS NOT NULL;
