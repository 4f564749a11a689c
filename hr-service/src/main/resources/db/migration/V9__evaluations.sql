-- Evaluations (feature "evaluations"): review periods, one evaluation per employee and period, its objectives.
CREATE TABLE evaluation_periods (
    id         uuid          PRIMARY KEY,
    name       varchar(100)  NOT NULL UNIQUE,
    start_date date          NOT NULL,
    end_date   date          NOT NULL,
    CHECK (end_date >= start_date)
);

CREATE TABLE evaluations (
    id               uuid         PRIMARY KEY,
    period_id        uuid         NOT NULL REFERENCES evaluation_periods (id),
    employee_id      uuid         NOT NULL REFERENCES employees (id),
    -- the employee's manager when the review opened; only it scores and submits
    reviewer_id      uuid         NOT NULL REFERENCES employees (id),
    status           varchar(20)  NOT NULL CHECK (status IN ('draft', 'submitted', 'acknowledged')),
    overall_score    integer      CHECK (overall_score BETWEEN 1 AND 5),
    reviewer_comment text,
    employee_comment text,
    created_at       timestamptz  NOT NULL,
    submitted_at     timestamptz,
    acknowledged_at  timestamptz,
    -- decides between two concurrent openings of the same review
    UNIQUE (period_id, employee_id),
    CHECK (employee_id <> reviewer_id)
);
CREATE INDEX evaluations_by_reviewer ON evaluations (reviewer_id);
CREATE INDEX evaluations_by_employee ON evaluations (employee_id);

CREATE TABLE evaluation_objectives (
    evaluation_id uuid          NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    position      integer       NOT NULL,
    title         varchar(200)  NOT NULL,
    score         integer       CHECK (score BETWEEN 1 AND 5),
    comment       text,
    PRIMARY KEY (evaluation_id, position)
);
