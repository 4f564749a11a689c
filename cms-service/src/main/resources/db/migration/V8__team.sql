-- The website's team page: key staff as hr announces them (hr.employee.events), with staff's editable overrides.
-- hr's fields are replaced by each newer event (changed_at); the overrides are cms's own and never touched by events.
CREATE TABLE team_members (
    employee_id      uuid PRIMARY KEY,
    first_name       varchar(100) NOT NULL,
    last_name        varchar(100) NOT NULL,
    position         varchar(64),
    key_staff        boolean      NOT NULL,
    photo_url        varchar(500),
    bio              text,
    employed         boolean      NOT NULL,
    changed_at       timestamptz  NOT NULL,
    display_name     varchar(200),
    role_title_fr    varchar(200),
    role_title_en    varchar(200),
    bio_fr           varchar(2000),
    bio_en           varchar(2000),
    photo_override   varchar(500),
    display_order    integer      NOT NULL DEFAULT 0,
    hidden           boolean      NOT NULL DEFAULT false
);
