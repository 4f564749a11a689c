-- Equipment on customers' sites (feature "equipment"). Type, serial number and site never change; equipment is set
-- inactive, never deleted.
CREATE TABLE equipment (
    id               uuid          PRIMARY KEY,
    type             varchar(20)   NOT NULL CHECK (type IN ('meter', 'transformer', 'breaker', 'inverter', 'panel',
                                                            'battery', 'other')),
    serial_number    varchar(80)   NOT NULL,
    -- a site of crm (read_sites), checked when registered; no foreign key: crm's events may be replayed later
    site_id          uuid          NOT NULL,
    status           varchar(20)   NOT NULL CHECK (status IN ('active', 'inactive', 'maintenance', 'faulty')),
    -- business days, Africa/Kinshasa
    install_date     date,
    last_maintenance date,
    notes            varchar(1000),
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    CHECK (last_maintenance IS NULL OR install_date IS NULL OR last_maintenance >= install_date)
);
-- One device per serial number, ignoring case; decides between concurrent registrations.
CREATE UNIQUE INDEX equipment_serial_number_key ON equipment (lower(serial_number));
CREATE INDEX equipment_site ON equipment (site_id);
