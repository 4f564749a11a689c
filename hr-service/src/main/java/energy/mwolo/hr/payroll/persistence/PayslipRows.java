package energy.mwolo.hr.payroll.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayslipRows extends JpaRepository<PayslipEntity, UUID> {

    @Query("""
            select p from PayslipEntity p join fetch p.run
            where p.run.id = :run and (:employee is null or p.employeeId = :employee) order by p.employeeNumber""")
    List<PayslipEntity> ofRun(UUID run, UUID employee);

    @Query("""
            select p from PayslipEntity p join fetch p.run
            where p.employeeId = :employee and p.run.status <> 'draft' order by p.run.month desc""")
    List<PayslipEntity> issuedTo(UUID employee);
}
