package energy.mwolo.operations.meters.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The row of a meter, owning its links' rows. */
@Entity
@Table(name = "meters")
class MeterEntity {

    @Id
    private UUID id;
    private String number;
    @Column(name = "equipment_id")
    private UUID equipmentId;
    @Column(name = "site_id")
    private UUID siteId;
    private String kind;
    @Column(name = "remote_relay")
    private boolean remoteRelay;
    @Column(name = "relay_state")
    private String relayState;
    @Column(name = "relay_changed_at")
    private Instant relayChangedAt;
    @Column(name = "last_reading_kwh")
    private BigDecimal lastReadingKwh;
    @Column(name = "last_reading_at")
    private Instant lastReadingAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(mappedBy = "meter", cascade = CascadeType.ALL)
    private List<MeterLinkEntity> links = new ArrayList<>();

    protected MeterEntity() {
    }

    MeterEntity(UUID id, String number, UUID equipmentId, UUID siteId, String kind, boolean remoteRelay,
                Instant createdAt) {
        this.id = id;
        this.number = number;
        this.equipmentId = equipmentId;
        this.siteId = siteId;
        this.kind = kind;
        this.remoteRelay = remoteRelay;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void state(String relayState, Instant relayChangedAt, BigDecimal lastReadingKwh, Instant lastReadingAt,
               Instant lastSeenAt, Instant now) {
        this.relayState = relayState;
        this.relayChangedAt = relayChangedAt;
        this.lastReadingKwh = lastReadingKwh;
        this.lastReadingAt = lastReadingAt;
        this.lastSeenAt = lastSeenAt;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    UUID equipmentId() {
        return equipmentId;
    }

    UUID siteId() {
        return siteId;
    }

    String kind() {
        return kind;
    }

    boolean remoteRelay() {
        return remoteRelay;
    }

    String relayState() {
        return relayState;
    }

    Instant relayChangedAt() {
        return relayChangedAt;
    }

    BigDecimal lastReadingKwh() {
        return lastReadingKwh;
    }

    Instant lastReadingAt() {
        return lastReadingAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    List<MeterLinkEntity> links() {
        return links;
    }
}
