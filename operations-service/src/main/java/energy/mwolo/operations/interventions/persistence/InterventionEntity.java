package energy.mwolo.operations.interventions.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of an intervention; enum codes are stored as the API writes them. */
@Entity
@Table(name = "interventions")
class InterventionEntity {

    @Id
    private UUID id;
    private String type;
    @Column(name = "site_id")
    private UUID siteId;
    @Column(name = "equipment_id")
    private UUID equipmentId;
    private String description;
    @Column(name = "scheduled_date")
    private LocalDate scheduledDate;
    @Column(name = "technician_id")
    private UUID technicianId;
    private String status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    private String report;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancellation_reason")
    private String cancellationReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected InterventionEntity() {
    }

    InterventionEntity(UUID id, String type, UUID siteId, UUID equipmentId, Instant createdAt) {
        this.id = id;
        this.type = type;
        this.siteId = siteId;
        this.equipmentId = equipmentId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void plan(String description, LocalDate scheduledDate, UUID technicianId) {
        this.description = description;
        this.scheduledDate = scheduledDate;
        this.technicianId = technicianId;
    }

    void progress(String status, Instant startedAt, Instant completedAt, String report, Instant cancelledAt,
                  String cancellationReason, Instant now) {
        this.status = status;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.report = report;
        this.cancelledAt = cancelledAt;
        this.cancellationReason = cancellationReason;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String type() {
        return type;
    }

    UUID siteId() {
        return siteId;
    }

    UUID equipmentId() {
        return equipmentId;
    }

    String description() {
        return description;
    }

    LocalDate scheduledDate() {
        return scheduledDate;
    }

    UUID technicianId() {
        return technicianId;
    }

    String status() {
        return status;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    String report() {
        return report;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String cancellationReason() {
        return cancellationReason;
    }
}
