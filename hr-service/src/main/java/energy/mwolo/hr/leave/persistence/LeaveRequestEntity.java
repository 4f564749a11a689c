package energy.mwolo.hr.leave.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of a leave request; enum codes are stored as the API writes them. */
@Entity
@Table(name = "leave_requests")
class LeaveRequestEntity {

    @Id
    UUID id;
    @Column(name = "employee_id")
    UUID employeeId;
    @Column(name = "leave_type")
    String leaveType;
    @Column(name = "start_date")
    LocalDate startDate;
    @Column(name = "start_half_day")
    boolean startHalfDay;
    @Column(name = "end_date")
    LocalDate endDate;
    @Column(name = "end_half_day")
    boolean endHalfDay;
    BigDecimal days;
    String reason;
    String status;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected LeaveRequestEntity() {
    }

    LeaveRequestEntity(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }
}
