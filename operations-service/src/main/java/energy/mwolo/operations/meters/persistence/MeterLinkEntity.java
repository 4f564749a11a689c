package energy.mwolo.operations.meters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The row of one link of a meter to a contract. */
@Entity
@Table(name = "meter_links")
class MeterLinkEntity {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meter_id")
    private MeterEntity meter;
    @Column(name = "contract_id")
    private UUID contractId;
    @Column(name = "linked_at")
    private Instant linkedAt;
    @Column(name = "opening_register_kwh")
    private BigDecimal openingRegisterKwh;
    @Column(name = "unlinked_at")
    private Instant unlinkedAt;
    @Column(name = "closing_register_kwh")
    private BigDecimal closingRegisterKwh;
    @Column(name = "replaces_meter_id")
    private UUID replacesMeterId;
    @Column(name = "replaced_by_meter_id")
    private UUID replacedByMeterId;

    protected MeterLinkEntity() {
    }

    MeterLinkEntity(UUID id, MeterEntity meter, UUID contractId, Instant linkedAt, BigDecimal openingRegisterKwh,
                    UUID replacesMeterId) {
        this.id = id;
        this.meter = meter;
        this.contractId = contractId;
        this.linkedAt = linkedAt;
        this.openingRegisterKwh = openingRegisterKwh;
        this.replacesMeterId = replacesMeterId;
    }

    void close(Instant unlinkedAt, BigDecimal closingRegisterKwh, UUID replacedByMeterId) {
        this.unlinkedAt = unlinkedAt;
        this.closingRegisterKwh = closingRegisterKwh;
        this.replacedByMeterId = replacedByMeterId;
    }

    UUID id() {
        return id;
    }

    UUID contractId() {
        return contractId;
    }

    Instant linkedAt() {
        return linkedAt;
    }

    BigDecimal openingRegisterKwh() {
        return openingRegisterKwh;
    }

    Instant unlinkedAt() {
        return unlinkedAt;
    }

    BigDecimal closingRegisterKwh() {
        return closingRegisterKwh;
    }

    UUID replacesMeterId() {
        return replacesMeterId;
    }

    UUID replacedByMeterId() {
        return replacedByMeterId;
    }
}
