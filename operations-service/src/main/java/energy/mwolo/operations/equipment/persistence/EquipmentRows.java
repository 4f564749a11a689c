package energy.mwolo.operations.equipment.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Spring Data's access to the equipment table, used by {@link JpaEquipments} only. */
interface EquipmentRows extends JpaRepository<EquipmentEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EquipmentEntity e where e.id = :id")
    Optional<EquipmentEntity> lockById(UUID id);

    @Query("select count(e) > 0 from EquipmentEntity e where lower(e.serialNumber) = :key")
    boolean existsBySerialKey(String key);
}
