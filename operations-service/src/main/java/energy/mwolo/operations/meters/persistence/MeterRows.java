package energy.mwolo.operations.meters.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Spring Data's access to the meters table, used by {@link JpaMeters} only. */
interface MeterRows extends JpaRepository<MeterEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MeterEntity m where m.id = :id")
    Optional<MeterEntity> lockById(UUID id);

    boolean existsByNumber(String number);

    @Query("select m.id from MeterEntity m where m.number = :number")
    Optional<UUID> idByNumber(String number);

    boolean existsByEquipmentId(UUID equipmentId);

    @Query("select l.meter.id from MeterLinkEntity l where l.contractId = :contract and l.unlinkedAt is null")
    Optional<UUID> measuring(UUID contract);
}
