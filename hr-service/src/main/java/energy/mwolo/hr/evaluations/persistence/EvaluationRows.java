package energy.mwolo.hr.evaluations.persistence;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRows extends JpaRepository<EvaluationEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EvaluationEntity e where e.id = :id")
    Optional<EvaluationEntity> lockById(UUID id);

    boolean existsByPeriodIdAndEmployeeId(UUID periodId, UUID employeeId);

    @Query("""
            select e from EvaluationEntity e
            where (:period is null or e.periodId = :period)
              and (:employee is null or e.employeeId = :employee)
              and (:visibleTo is null or e.employeeId = :visibleTo or e.reviewerId = :visibleTo)
            order by e.createdAt desc""")
    List<EvaluationEntity> list(UUID period, UUID employee, UUID visibleTo);
}
