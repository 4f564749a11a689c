-- What the company offers, shown on the website in its order; inactive ones are hidden.
CREATE TABLE offerings (
    id             uuid PRIMARY KEY,
    title_fr       varchar(200) NOT NULL,
    title_en       varchar(200),
    description_fr text         NOT NULL,
    description_en text,
    icon           varchar(64),
    position       integer      NOT NULL,
    active         boolean      NOT NULL,
    updated_at     timestamptz  NOT NULL
);

-- Frequently asked questions, grouped by category, each group and question in its order.
CREATE TABLE faqs (
    id          uuid PRIMARY KEY,
    category    varchar(64)  NOT NULL,
    question_fr varchar(500) NOT NULL,
    question_en varchar(500),
    answer_fr   text         NOT NULL,
    answer_en   text,
    position    integer      NOT NULL,
    published   boolean      NOT NULL,
    updated_at  timestamptz  NOT NULL
);
CREATE INDEX faqs_order ON faqs (category, position);
