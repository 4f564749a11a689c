-- Attendance (feature "attendance"): one row per employee and business day (Africa/Kinshasa).
CREATE TABLE attendance_days (
    employee_id      uuid         NOT NULL REFERENCES employees (id),
    work_date        date         NOT NULL,
    clock_in_at      timestamptz  NOT NULL,
    clock_in_source  varchar(10)  NOT NULL CHECK (clock_in_source IN ('web', 'badge', 'kiosk')),
    -- minutes started after the configured hour, Kinshasa time; 0 when on time
    late_minutes     integer      NOT NULL CHECK (late_minutes >= 0),
    clock_out_at     timestamptz,
    clock_out_source varchar(10)  CHECK (clock_out_source IN ('web', 'badge', 'kiosk')),
    -- the key decides between two concurrent clock-ins of one day
    PRIMARY KEY (employee_id, work_date),
    CHECK (clock_out_at IS NULL OR clock_out_at > clock_in_at)
);
