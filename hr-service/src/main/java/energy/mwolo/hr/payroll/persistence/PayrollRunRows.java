package energy.mwolo.hr.payroll.persistence;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PayrollRunRows extends JpaRepository<PayrollRunEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PayrollRunEntity r where r.id = :id")
    Optional<PayrollRunEntity> lockById(UUID id);

    @Query("""
            select r.id from PayrollRunEntity r
            where r.month = :month and (:agency is null or r.agencyId is null or r.agencyId = :agency)""")
    List<UUID> overlapping(String month, UUID agency);

    @Query("""
            select count(p) from PayslipEntity p
            where p.employeeId = :employee and p.run.month = :month and p.run.status <> 'draft'""")
    long countPaid(UUID employee, String month);

    @Query("select r from PayrollRunEntity r where (:month is null or r.month = :month)")
    List<PayrollRunEntity> findByMonth(String month, Pageable page);

    @Query("select count(r) from PayrollRunEntity r where (:month is null or r.month = :month)")
    long countByMonth(String month);

    @Query(value = """
            select 1
            from (select pg_advisory_xact_lock(hashtext('hr.payroll'), hashtext(cast(:month as text)))) lock""",
            nativeQuery = true)
    int lockMonth(String month);
}
