-- Field interventions (feature "interventions"): planned -> in_progress -> completed | cancelled.
CREATE TABLE interventions (
    id                  uuid          PRIMARY KEY,
    type                varchar(20)   NOT NULL CHECK (type IN ('installation', 'maintenance', 'repair', 'inspection',
                                                              'disconnection', 'reconnection')),
    site_id             uuid          NOT NULL,
    equipment_id        uuid          REFERENCES equipment (id),
    description         varchar(2000) NOT NULL,
    -- business day, Africa/Kinshasa
    scheduled_date      date          NOT NULL,
    -- a user of identity-service; null while unassigned
    technician_id       uuid,
    status              varchar(20)   NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed',
                                                                'cancelled')),
    started_at          timestamptz,
    completed_at        timestamptz,
    report              varchar(4000),
    cancelled_at        timestamptz,
    cancellation_reason varchar(1000),
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    CHECK ((status = 'completed') = (completed_at IS NOT NULL AND report IS NOT NULL)),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX interventions_schedule ON interventions (scheduled_date, status);
CREATE INDEX interventions_technician ON interventions (technician_id, scheduled_date);
CREATE INDEX interventions_site ON interventions (site_id);
CREATE INDEX interventions_equipment ON interventions (equipment_id);
