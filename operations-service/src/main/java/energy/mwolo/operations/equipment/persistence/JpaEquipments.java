package energy.mwolo.operations.equipment.persistence;

import energy.mwolo.operations.equipment.model.DuplicateSerialNumber;
import energy.mwolo.operations.equipment.model.Equipment;
import energy.mwolo.operations.equipment.model.EquipmentDetails;
import energy.mwolo.operations.equipment.model.EquipmentId;
import energy.mwolo.operations.equipment.model.EquipmentStatus;
import energy.mwolo.operations.equipment.model.EquipmentType;
import energy.mwolo.operations.equipment.model.Equipments;
import energy.mwolo.operations.equipment.model.SerialNumber;
import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.persistence.UniqueKeys;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Equipment through JPA; writes are flushed at once so that a unique index fires inside the use case. */
@Component
class JpaEquipments implements Equipments {

    static final String SERIAL_NUMBER_KEY = "equipment_serial_number_key";

    private final EquipmentRows rows;
    @PersistenceContext
    private EntityManager entityManager;

    JpaEquipments(EquipmentRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Equipment> byId(EquipmentId id) {
        return rows.lockById(id.value()).map(JpaEquipments::equipment);
    }

    @Override
    public boolean serialNumberTaken(SerialNumber serialNumber) {
        return rows.existsBySerialKey(serialNumber.key());
    }

    @Override
    public void add(Equipment equipment) {
        Instant now = Instant.now();
        EquipmentEntity entity = new EquipmentEntity(equipment.id().value(), Codes.of(equipment.type()),
                equipment.serialNumber().value(), equipment.site().value(), now);
        copyDetails(equipment, entity, now);
        try {
            entityManager.persist(entity);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e).filter(SERIAL_NUMBER_KEY::equals).isPresent()) {
                throw new DuplicateSerialNumber(equipment.serialNumber());
            }
            throw e;
        }
    }

    @Override
    public void update(Equipment equipment) {
        EquipmentEntity entity = entityManager.find(EquipmentEntity.class, equipment.id().value());
        copyDetails(equipment, entity, Instant.now());
        entityManager.flush();
    }

    private static void copyDetails(Equipment equipment, EquipmentEntity entity, Instant now) {
        EquipmentDetails details = equipment.details();
        entity.details(Codes.of(details.status()), details.installDate(), details.lastMaintenance(), details.notes(),
                now);
    }

    private static Equipment equipment(EquipmentEntity entity) {
        return Equipment.restore(new EquipmentId(entity.id()),
                Codes.parse(EquipmentType.class, entity.type(), "type"), new SerialNumber(entity.serialNumber()),
                new SiteId(entity.siteId()),
                new EquipmentDetails(Codes.parse(EquipmentStatus.class, entity.status(), "status"),
                        entity.installDate(), entity.lastMaintenance(), entity.notes()));
    }
}
