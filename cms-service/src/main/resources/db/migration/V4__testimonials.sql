-- Testimonials sent through the website: pending until staff approve (then public) or reject them.
CREATE TABLE testimonials (
    id            uuid PRIMARY KEY,
    author_name   varchar(120)  NOT NULL,
    author_detail varchar(120),
    message       varchar(1000) NOT NULL,
    rating        integer CHECK (rating BETWEEN 1 AND 5),
    status        varchar(16)   NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    submitted_at  timestamptz   NOT NULL,
    decided_at    timestamptz,
    decided_by    varchar(64)
);
CREATE INDEX testimonials_approved ON testimonials (decided_at DESC) WHERE status = 'approved';
