-- Smart meters and the contracts they measure (feature "meters").
CREATE TABLE meters (
    id               uuid        PRIMARY KEY,
    number           varchar(40) NOT NULL,
    -- one meter per piece of equipment, of type meter; the meter stands on its equipment's site, which never changes
    equipment_id     uuid        NOT NULL REFERENCES equipment (id),
    site_id          uuid        NOT NULL,
    kind             varchar(10) NOT NULL CHECK (kind IN ('postpaid', 'prepaid')),
    remote_relay     boolean     NOT NULL,
    relay_state      varchar(30) NOT NULL CHECK (relay_state IN ('connected', 'disconnect_requested', 'disconnected',
                                                                 'reconnect_requested')),
    relay_changed_at timestamptz,
    -- the active energy import register (kWh) of the latest reading, and when the meter was last heard from
    last_reading_kwh numeric(14, 3),
    last_reading_at  timestamptz,
    last_seen_at     timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT meters_number_key UNIQUE (number),
    CONSTRAINT meters_equipment_key UNIQUE (equipment_id),
    CHECK ((last_reading_kwh IS NULL) = (last_reading_at IS NULL))
);
CREATE INDEX meters_site ON meters (site_id);

-- A period during which a meter measured a contract: opened at a register value, closed at another (both ends
-- null while open). Closed links are history and never change.
CREATE TABLE meter_links (
    id                   uuid           PRIMARY KEY,
    meter_id             uuid           NOT NULL REFERENCES meters (id),
    contract_id          uuid           NOT NULL,
    linked_at            timestamptz    NOT NULL,
    opening_register_kwh numeric(14, 3) NOT NULL CHECK (opening_register_kwh >= 0),
    unlinked_at          timestamptz,
    closing_register_kwh numeric(14, 3),
    -- a meter swap: the meter this link continued, and the one that continued it
    replaces_meter_id    uuid           REFERENCES meters (id),
    replaced_by_meter_id uuid           REFERENCES meters (id),
    CHECK ((unlinked_at IS NULL) = (closing_register_kwh IS NULL)),
    CHECK (unlinked_at IS NULL OR unlinked_at >= linked_at),
    CHECK (closing_register_kwh IS NULL OR closing_register_kwh >= opening_register_kwh)
);
-- One meter per contract at a time, and one contract per meter: the index decides between concurrent links.
CREATE UNIQUE INDEX meter_links_open_per_contract ON meter_links (contract_id) WHERE unlinked_at IS NULL;
CREATE UNIQUE INDEX meter_links_open_per_meter ON meter_links (meter_id) WHERE unlinked_at IS NULL;
CREATE INDEX meter_links_meter ON meter_links (meter_id, linked_at);
CREATE INDEX meter_links_contract ON meter_links (contract_id);
