package energy.mwolo.hr.employees.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRows extends JpaRepository<EmployeeEntity, UUID>, JpaSpecificationExecutor<EmployeeEntity> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EmployeeEntity e where e.id = :id")
    Optional<EmployeeEntity> lockById(UUID id);

    @Query("select e.managerId from EmployeeEntity e where e.id = :id")
    Optional<UUID> managerOf(UUID id);

    boolean existsByNifAndIdNot(String nif, UUID id);

    boolean existsByNif(String nif);

    boolean existsByUserIdAndIdNot(UUID userId, UUID id);

    @Query(value = "select nextval('employee_number_seq')", nativeQuery = true)
    long nextNumber();

    /** Transaction-scoped: released at commit or rollback, whatever ends the transaction. */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(hashtext('hr.employees.hierarchy'))) lock",
            nativeQuery = true)
    int lockHierarchy();
}
