package energy.mwolo.operations.equipment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of a piece of equipment; enum codes are stored as the API writes them. */
@Entity
@Table(name = "equipment")
class EquipmentEntity {

    @Id
    private UUID id;
    private String type;
    @Column(name = "serial_number")
    private String serialNumber;
    @Column(name = "site_id")
    private UUID siteId;
    private String status;
    @Column(name = "install_date")
    private LocalDate installDate;
    @Column(name = "last_maintenance")
    private LocalDate lastMaintenance;
    private String notes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EquipmentEntity() {
    }

    EquipmentEntity(UUID id, String type, String serialNumber, UUID siteId, Instant createdAt) {
        this.id = id;
        this.type = type;
        this.serialNumber = serialNumber;
        this.siteId = siteId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void details(String status, LocalDate installDate, LocalDate lastMaintenance, String notes, Instant now) {
        this.status = status;
        this.installDate = installDate;
        this.lastMaintenance = lastMaintenance;
        this.notes = notes;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String type() {
        return type;
    }

    String serialNumber() {
        return serialNumber;
    }

    UUID siteId() {
        return siteId;
    }

    String status() {
        return status;
    }

    LocalDate installDate() {
        return installDate;
    }

    LocalDate lastMaintenance() {
        return lastMaintenance;
    }

    String notes() {
        return notes;
    }
}
