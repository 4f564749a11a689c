-- Support agents: accounts with support rights that take tickets, per agency and categories. The round robin gives
-- a new ticket to the available agent of its agency and category who was given one the longest ago.
CREATE TABLE support_agents (
    user_id          uuid PRIMARY KEY,
    agency_id        uuid         NOT NULL,
    display_name     varchar(200) NOT NULL,
    categories       varchar(20)[] NOT NULL,
    available        boolean      NOT NULL,
    last_assigned_at timestamptz,
    updated_at       timestamptz  NOT NULL
);
CREATE INDEX support_agents_agency ON support_agents (agency_id);
