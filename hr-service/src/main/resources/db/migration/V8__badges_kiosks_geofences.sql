-- Attendance by badge and kiosk (feature "attendance").

-- Badges HR issued. The token a badge carries is signed with the service's key; this table decides whether the
-- badge still holds: a revoked row is the revocation list.
CREATE TABLE badges (
    id          uuid         PRIMARY KEY,
    employee_id uuid         NOT NULL REFERENCES employees (id),
    issued_at   timestamptz  NOT NULL,
    revoked_at  timestamptz
);
-- one badge in force per employee: a new one replaces (revokes) the previous
CREATE UNIQUE INDEX badges_one_active ON badges (employee_id) WHERE revoked_at IS NULL;

-- Registered clocking devices; the credential is kept as the SHA-256 of its random secret, never in clear.
CREATE TABLE kiosks (
    id              uuid          PRIMARY KEY,
    agency_id       uuid          NOT NULL,
    name            varchar(100)  NOT NULL,
    kind            varchar(20)   NOT NULL CHECK (kind IN ('kiosk', 'badge_reader')),
    credential_hash bytea         NOT NULL CHECK (octet_length(credential_hash) = 32),
    registered_at   timestamptz   NOT NULL,
    revoked_at      timestamptz
);
CREATE INDEX kiosks_by_agency ON kiosks (agency_id, registered_at DESC);

-- An agency's geofence: a clocking that reports a position outside the circle is refused.
CREATE TABLE agency_geofences (
    agency_id     uuid          PRIMARY KEY,
    latitude      numeric(9, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    radius_metres integer       NOT NULL CHECK (radius_metres BETWEEN 1 AND 50000)
);

-- Where each clocking was made, when known: the reported position and the kiosk.
ALTER TABLE attendance_days
    ADD COLUMN clock_in_latitude   numeric(9, 6),
    ADD COLUMN clock_in_longitude  numeric(9, 6),
    ADD COLUMN clock_in_kiosk_id   uuid REFERENCES kiosks (id),
    ADD COLUMN clock_out_latitude  numeric(9, 6),
    ADD COLUMN clock_out_longitude numeric(9, 6),
    ADD COLUMN clock_out_kiosk_id  uuid REFERENCES kiosks (id);
