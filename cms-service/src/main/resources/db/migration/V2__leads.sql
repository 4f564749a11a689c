-- The contact form's messages, kept for staff; each is also announced as LeadSubmitted (crm makes a prospect of it).
CREATE TABLE leads (
    id           uuid PRIMARY KEY,
    name         varchar(200)  NOT NULL,
    email        varchar(254)  NOT NULL,
    phone        varchar(30),
    subject      varchar(200),
    message      varchar(5000) NOT NULL,
    submitted_at timestamptz   NOT NULL
);
CREATE INDEX leads_submitted ON leads (submitted_at DESC);
