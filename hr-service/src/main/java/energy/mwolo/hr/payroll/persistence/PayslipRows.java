package energy.mwolo.hr.payroll.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Payslips always come with their run, fetched in the same statement: entities are read by field, never by proxy. */
interface PayslipRows extends JpaRepository<PayslipEntity, UUID> {

    @Query("select p from PayslipEntity p join fetch p.run where p.id = :id")
    Optional<PayslipEntity> withRun(UUID id);

    @Query("""
            select p from PayslipEntity p join fetch p.run
            where p.run.id = :run and (:employee is null or p.employeeId = :employee) order by p.employeeNumber""")
    List<PayslipEntity> ofRun(UUID run, UUID employee);

    @Query("""
            select p from PayslipEntity p join fetch p.run
            where p.employeeId = :employee and p.run.status <> 'draft' order by p.run.month desc""")
    List<PayslipEntity> issuedTo(UUID employee);
}
