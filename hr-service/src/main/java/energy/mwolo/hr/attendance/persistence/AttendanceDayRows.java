package energy.mwolo.hr.attendance.persistence;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttendanceDayRows extends JpaRepository<AttendanceDayEntity, AttendanceDayEntity.Key> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from AttendanceDayEntity d where d.key = :key")
    Optional<AttendanceDayEntity> lockByKey(AttendanceDayEntity.Key key);

    @Query("""
            select d from AttendanceDayEntity d where d.key.employeeId = :employee
            and d.key.workDate between :from and :to order by d.key.workDate""")
    List<AttendanceDayEntity> between(UUID employee, LocalDate from, LocalDate to);
}
