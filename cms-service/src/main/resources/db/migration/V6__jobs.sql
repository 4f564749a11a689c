-- Job offers shown on the website, and the applications sent to them (the CV is in file storage).
CREATE TABLE job_offers (
    id             uuid PRIMARY KEY,
    title_fr       varchar(200) NOT NULL,
    title_en       varchar(200),
    description_fr text         NOT NULL,
    description_en text,
    location       varchar(120),
    contract_type  varchar(16)  NOT NULL CHECK (contract_type IN ('cdi', 'cdd', 'consultant', 'stage')),
    closes_on      date,
    published      boolean      NOT NULL,
    updated_at     timestamptz  NOT NULL
);

CREATE TABLE job_applications (
    id            uuid PRIMARY KEY,
    job_offer_id  uuid          NOT NULL REFERENCES job_offers (id),
    name          varchar(200)  NOT NULL,
    email         varchar(254)  NOT NULL,
    phone         varchar(30),
    message       varchar(5000),
    cv_key        varchar(200)  NOT NULL,
    cv_size       bigint        NOT NULL,
    submitted_at  timestamptz   NOT NULL
);
CREATE INDEX job_applications_offer ON job_applications (job_offer_id, submitted_at DESC);
