-- Payroll rules (feature "payroll") as data with validity dates: a row is in force from valid_from until the next row
-- of its kind. A change of law (the 2026 IRPP reform) is new rows in a later migration, never new code.

-- Rates are fractions (0.05 = 5 %); ipr_minimum is an amount in CDF; ipr_max_dependents a count.
CREATE TABLE payroll_rates (
    code       varchar(40)    NOT NULL CHECK (code IN ('cnss_employee', 'cnss_pension', 'cnss_family',
                                  'cnss_occupational_risks', 'onem', 'ipr_cap', 'ipr_minimum',
                                  'ipr_dependent_reduction', 'ipr_max_dependents')),
    value      numeric(16,6)  NOT NULL CHECK (value >= 0),
    valid_from date           NOT NULL,
    note       varchar(200),
    PRIMARY KEY (code, valid_from)
);

-- The annual IPR scale in CDF: contiguous bands from 0, the last without an upper bound. A scale is all the bands
-- sharing a valid_from.
CREATE TABLE ipr_brackets (
    valid_from  date           NOT NULL,
    lower_bound numeric(16,2)  NOT NULL CHECK (lower_bound >= 0),
    upper_bound numeric(16,2)  CHECK (upper_bound IS NULL OR upper_bound > lower_bound),
    rate        numeric(6,4)   NOT NULL CHECK (rate >= 0 AND rate < 1),
    PRIMARY KEY (valid_from, lower_bound)
);

-- INPP: the employer's rate by the company's headcount; a set of bands shares a valid_from.
CREATE TABLE inpp_bands (
    valid_from     date          NOT NULL,
    from_headcount integer       NOT NULL CHECK (from_headcount >= 0),
    to_headcount   integer       CHECK (to_headcount IS NULL OR to_headcount >= from_headcount),
    rate           numeric(6,4)  NOT NULL CHECK (rate >= 0 AND rate < 1),
    PRIMARY KEY (valid_from, from_headcount)
);

INSERT INTO payroll_rates (code, value, valid_from, note) VALUES
    ('cnss_employee',           0.05,   '2020-01-01', 'CNSS, part salariale'),
    ('cnss_pension',            0.05,   '2020-01-01', 'CNSS employeur, branche pensions'),
    ('cnss_family',             0.065,  '2020-01-01', 'CNSS employeur, prestations familiales'),
    ('cnss_occupational_risks', 0.015,  '2020-01-01', 'CNSS employeur, risques professionnels'),
    ('onem',                    0.002,  '2020-01-01', 'ONEM, sur la masse salariale'),
    ('ipr_cap',                 0.30,   '2020-01-01', 'IPR plafonné à 30 % du revenu imposable'),
    ('ipr_minimum',             2500,   '2020-01-01', 'IPR minimum, en CDF par mois'),
    ('ipr_dependent_reduction', 0.02,   '2020-01-01', 'Réduction de 2 % de l’IPR par personne à charge'),
    ('ipr_max_dependents',      9,      '2020-01-01', 'Personnes à charge comptées au plus');

INSERT INTO ipr_brackets (valid_from, lower_bound, upper_bound, rate) VALUES
    ('2020-01-01', 0,        1944000,  0.03),
    ('2020-01-01', 1944000,  21600000, 0.15),
    ('2020-01-01', 21600000, 43200000, 0.30),
    ('2020-01-01', 43200000, NULL,     0.40);

INSERT INTO inpp_bands (valid_from, from_headcount, to_headcount, rate) VALUES
    ('2020-01-01', 0,   50,   0.03),
    ('2020-01-01', 51,  300,  0.02),
    ('2020-01-01', 301, NULL, 0.01);
