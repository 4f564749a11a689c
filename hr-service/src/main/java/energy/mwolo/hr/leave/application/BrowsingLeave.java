package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.employees.model.EmployeeNotFound;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.hr.leave.model.LeaveLedger;
import energy.mwolo.hr.leave.model.LeaveRequest;
import energy.mwolo.hr.leave.model.LeaveRequestId;
import energy.mwolo.hr.leave.model.LeaveRequestNotFound;
import energy.mwolo.hr.leave.model.LeaveType;
import energy.mwolo.hr.leave.model.LeaveTypes;
import energy.mwolo.hr.leave.model.Ledgers;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave as the caller may see it: HR everyone's, an employee its own, a manager its direct reports'. Anyone else
 * is told the request does not exist (404).
 */
@Service
@Transactional(readOnly = true)
public class BrowsingLeave {

    private final LeaveDirectory directory;
    private final Ledgers ledgers;
    private final LeaveTypes types;
    private final StaffDirectory staff;

    BrowsingLeave(LeaveDirectory directory, Ledgers ledgers, LeaveTypes types, StaffDirectory staff) {
        this.directory = directory;
        this.ledgers = ledgers;
        this.types = types;
        this.staff = staff;
    }

    public List<LeaveType> types(CurrentUser user) {
        HrAccess.requireRead(user);
        return types.all();
    }

    public LeaveRequest show(LeaveRequestId id, CurrentUser user) {
        HrAccess.requireRead(user);
        LeaveRequest request = directory.find(id).orElseThrow(() -> new LeaveRequestNotFound(id));
        StaffMember employee = staff.find(request.employee()).orElseThrow(() -> new LeaveRequestNotFound(id));
        if (!LeaveAccess.mayRead(user, employee)) {
            throw new LeaveRequestNotFound(id);
        }
        return request;
    }

    /** Confines the query to what the caller may see: HR all, anyone else its own and its direct reports'. */
    public LeaveQuery scoped(LeaveQuery query, CurrentUser user) {
        HrAccess.requireRead(user);
        return HrAccess.isHrStaff(user) ? query : query.visibleTo(HrAccess.self(user));
    }

    public long count(LeaveQuery scoped) {
        return directory.count(scoped);
    }

    public List<LeaveRequest> find(LeaveQuery scoped, long offset, int limit) {
        return directory.find(scoped, offset, limit);
    }

    /** The employee's ledger of each type and the balance it gives today. */
    public List<Balance> balances(EmployeeId employeeId, CurrentUser user) {
        HrAccess.requireRead(user);
        StaffMember employee = staff.find(employeeId).orElseThrow(() -> new EmployeeNotFound(employeeId));
        if (!LeaveAccess.mayRead(user, employee)) {
            throw new EmployeeNotFound(employeeId);
        }
        LocalDate today = BusinessTime.dayOf(Instant.now());
        return types.all().stream().map(type -> {
            LeaveLedger ledger = ledgers.of(employeeId, type.code());
            return new Balance(type, ledger, ledger.balanceOn(today), ledger.expiredOn(today));
        }).toList();
    }

    public record Balance(LeaveType type, LeaveLedger ledger, BigDecimal available,
                          BigDecimal expired) {
    }
}
