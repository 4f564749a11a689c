package energy.mwolo.hr.leave.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Every leave request. */
public interface LeaveRequests {

    /** Serialises the changes of one employee's leave (requests and ledger) until the transaction ends. */
    void lockEmployee(EmployeeId employee);

    /** Whose request it is, read without loading it, so that the caller can lock that employee's leave first. */
    Optional<EmployeeId> employeeOf(LeaveRequestId id);

    /** Locks the request until the transaction ends (the caller holds its employee's lock first). */
    Optional<LeaveRequest> byId(LeaveRequestId id);

    /** The employee's approved requests other than {@code except}. */
    List<LeaveRequest> approvedOf(EmployeeId employee, LeaveRequestId except);

    /** Days of the employee's submitted requests of that type other than {@code except}. */
    BigDecimal submittedDays(EmployeeId employee, String leaveType, LeaveRequestId except);

    void add(LeaveRequest request);

    void update(LeaveRequest request);
}
