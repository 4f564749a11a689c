package energy.mwolo.operations.meters.persistence;

import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.meters.model.ContractAlreadyMetered;
import energy.mwolo.operations.meters.model.DuplicateMeterNumber;
import energy.mwolo.operations.meters.model.EquipmentAlreadyMetered;
import energy.mwolo.operations.meters.model.Meter;
import energy.mwolo.operations.meters.model.MeterEquipment;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterKind;
import energy.mwolo.operations.meters.model.MeterLink;
import energy.mwolo.operations.meters.model.MeterLinkId;
import energy.mwolo.operations.meters.model.MeterNumber;
import energy.mwolo.operations.meters.model.Meters;
import energy.mwolo.operations.meters.model.Reading;
import energy.mwolo.operations.meters.model.RegisterValue;
import energy.mwolo.operations.meters.model.RelayState;
import energy.mwolo.operations.persistence.UniqueKeys;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Meters and their links through JPA. Writes are flushed at once, so that a unique index fired by a concurrent
 * request becomes the same 409 as a sequential duplicate, inside the use case.
 */
@Component
class JpaMeters implements Meters {

    static final String NUMBER_KEY = "meters_number_key";
    static final String EQUIPMENT_KEY = "meters_equipment_key";
    static final String OPEN_LINK_PER_CONTRACT = "meter_links_open_per_contract";

    private final MeterRows rows;
    @PersistenceContext
    private EntityManager entityManager;

    JpaMeters(MeterRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Meter> byId(MeterId id) {
        return rows.lockById(id.value()).map(JpaMeters::meter);
    }

    @Override
    public boolean numberTaken(MeterNumber number) {
        return rows.existsByNumber(number.value());
    }

    @Override
    public boolean exists(MeterId id) {
        return rows.existsById(id.value());
    }

    @Override
    public Optional<MeterId> byNumber(MeterNumber number) {
        return rows.idByNumber(number.value()).map(MeterId::new);
    }

    @Override
    public boolean equipmentTaken(UUID equipment) {
        return rows.existsByEquipmentId(equipment);
    }

    @Override
    public Optional<MeterId> measuring(ContractId contract) {
        return rows.measuring(contract.value()).map(MeterId::new);
    }

    @Override
    public void add(Meter meter) {
        Instant now = Instant.now();
        MeterEntity entity = new MeterEntity(meter.id().value(), meter.number().value(), meter.equipment().id(),
                meter.site().value(), Codes.of(meter.kind()), meter.hasRemoteRelay(), now);
        copyState(meter, entity, now);
        try {
            entityManager.persist(entity);
            entityManager.flush();
        } catch (PersistenceException e) {
            Optional<String> key = UniqueKeys.violated(e);
            if (key.filter(NUMBER_KEY::equals).isPresent()) {
                throw new DuplicateMeterNumber(meter.number());
            }
            if (key.filter(EQUIPMENT_KEY::equals).isPresent()) {
                throw new EquipmentAlreadyMetered(meter.equipment().id());
            }
            throw e;
        }
    }

    @Override
    public void update(Meter meter) {
        MeterEntity entity = entityManager.find(MeterEntity.class, meter.id().value());
        copyState(meter, entity, Instant.now());
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e).filter(OPEN_LINK_PER_CONTRACT::equals).isPresent()) {
                throw new ContractAlreadyMetered(meter.currentLink().orElseThrow().contract());
            }
            throw e;
        }
    }

    /** Closed links never change but for the one closing now; new links are added. */
    private static void copyState(Meter meter, MeterEntity entity, Instant now) {
        Reading last = meter.lastReading().orElse(null);
        entity.state(Codes.of(meter.relayState()), meter.relayChangedAt(), last == null ? null : last.value().kwh(),
                last == null ? null : last.readAt(), meter.lastSeenAt().orElse(null), now);
        for (MeterLink link : meter.links()) {
            MeterLinkEntity row = entity.links().stream().filter(known -> known.id().equals(link.id().value()))
                    .findFirst().orElse(null);
            if (row == null) {
                row = new MeterLinkEntity(link.id().value(), entity, link.contract().value(), link.linkedAt(),
                        link.opening().kwh(), link.replacesMeter() == null ? null : link.replacesMeter().value());
                entity.links().add(row);
            }
            if (!link.isOpen() && row.unlinkedAt() == null) {
                row.close(link.unlinkedAt(), link.closing().kwh(),
                        link.replacedByMeter() == null ? null : link.replacedByMeter().value());
            }
        }
    }

    private static Meter meter(MeterEntity entity) {
        return Meter.restore(new MeterId(entity.id()), new MeterNumber(entity.number()),
                new MeterEquipment(entity.equipmentId(), new SiteId(entity.siteId())),
                Codes.parse(MeterKind.class, entity.kind(), "kind"), entity.remoteRelay(),
                Codes.parse(RelayState.class, entity.relayState(), "relay_state"), entity.relayChangedAt(),
                entity.lastReadingKwh() == null ? null
                        : new Reading(new RegisterValue(entity.lastReadingKwh()), entity.lastReadingAt()),
                entity.lastSeenAt(),
                entity.links().stream().map(JpaMeters::link).toList());
    }

    private static MeterLink link(MeterLinkEntity row) {
        return new MeterLink(new MeterLinkId(row.id()), new ContractId(row.contractId()), row.linkedAt(),
                new RegisterValue(row.openingRegisterKwh()), row.unlinkedAt(),
                row.closingRegisterKwh() == null ? null : new RegisterValue(row.closingRegisterKwh()),
                row.replacesMeterId() == null ? null : new MeterId(row.replacesMeterId()),
                row.replacedByMeterId() == null ? null : new MeterId(row.replacedByMeterId()));
    }
}
