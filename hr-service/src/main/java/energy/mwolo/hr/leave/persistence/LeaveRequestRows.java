package energy.mwolo.hr.leave.persistence;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LeaveRequestRows extends JpaRepository<LeaveRequestEntity, UUID>,
        JpaSpecificationExecutor<LeaveRequestEntity> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from LeaveRequestEntity r where r.id = :id")
    Optional<LeaveRequestEntity> lockById(UUID id);

    @Query("select r.employeeId from LeaveRequestEntity r where r.id = :id")
    Optional<UUID> employeeOf(UUID id);

    List<LeaveRequestEntity> findByEmployeeIdAndStatusAndIdNot(UUID employeeId, String status, UUID id);

    @Query("""
            select coalesce(sum(r.days), 0) from LeaveRequestEntity r
            where r.employeeId = :employee and r.leaveType = :type and r.status = 'submitted' and r.id <> :except""")
    BigDecimal submittedDays(UUID employee, String type, UUID except);

    /** Transaction-scoped: released at commit or rollback, whatever ends the transaction. */
    @Query(value = """
            select 1
            from (select pg_advisory_xact_lock(hashtext('hr.leave'), hashtext(cast(:employee as text)))) lock""",
            nativeQuery = true)
    int lockEmployee(UUID employee);
}
