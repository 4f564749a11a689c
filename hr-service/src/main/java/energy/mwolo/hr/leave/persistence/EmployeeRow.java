package energy.mwolo.hr.leave.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import java.util.UUID;

/** The hierarchy columns of an employee, read-only, so that leave queries can ask for a manager's reports. */
@Entity(name = "LeaveEmployeeRow")
@Table(name = "employees")
@Immutable
class EmployeeRow {

    @Id
    UUID id;
    @Column(name = "manager_id")
    UUID managerId;

    protected EmployeeRow() {
    }
}
