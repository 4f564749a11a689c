package energy.mwolo.operations.interventions.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Spring Data's access to the interventions table, used by {@link JpaInterventions} only. */
interface InterventionRows extends JpaRepository<InterventionEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from InterventionEntity i where i.id = :id")
    Optional<InterventionEntity> lockById(UUID id);
}
