package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.hr.kernel.StaffDirectory;
import energy.mwolo.hr.kernel.StaffDirectory.StaffMember;
import energy.mwolo.hr.leave.model.EntryKind;
import energy.mwolo.hr.leave.model.LeaveLedger;
import energy.mwolo.hr.leave.model.LeaveRequests;
import energy.mwolo.hr.leave.model.LeaveType;
import energy.mwolo.hr.leave.model.LeaveTypes;
import energy.mwolo.hr.leave.model.LedgerEntry;
import energy.mwolo.hr.leave.model.Ledgers;
import energy.mwolo.hr.leave.model.UnknownLeaveType;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR credits days: allocations, each month's accruals, and year closes with their carry-forward. Accruals and
 * closes are keyed by period in the ledger, so running one again (a retry, a second click, a restart halfway)
 * adds only what is missing.
 */
@Service
public class CreditingLeave {

    private final Ledgers ledgers;
    private final LeaveTypes types;
    private final StaffDirectory staff;
    private final LeaveRequests requests;

    CreditingLeave(Ledgers ledgers, LeaveTypes types, StaffDirectory staff, LeaveRequests requests) {
        this.ledgers = ledgers;
        this.types = types;
        this.staff = staff;
        this.requests = requests;
    }

    /** Grants {@code days} (negative to correct) to one employee; each allocation is an entry of its own. */
    @Transactional
    public void allocate(EmployeeId employee, String leaveType, BigDecimal days, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        types.byCode(leaveType).orElseThrow(() -> new UnknownLeaveType(leaveType));
        StaffMember member = staff.find(employee)
                .orElseThrow(() -> new InvalidField("employee", "hr.employee.not_found", employee));
        if (days.signum() == 0 || days.stripTrailingZeros().scale() > 2) {
            throw new InvalidField("days", "hr.leave.days_invalid", days.toPlainString());
        }
        requests.lockEmployee(member.id());
        ledgers.append(member.id(), leaveType, List.of(new LedgerEntry(EntryKind.ALLOCATION, days,
                LocalDate.now(BusinessTime.ZONE), null, null)), null);
    }

    /** The month's share of every accruing type, for every employee present in the month; answers entries added. */
    @Transactional
    public int accrue(YearMonth month, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        int added = 0;
        List<LeaveType> accruing = types.all().stream().filter(type -> type.yearlyDays() != null).toList();
        for (StaffMember member : staff.presentBetween(month.atDay(1), month.atEndOfMonth())) {
            for (LeaveType type : accruing) {
                LedgerEntry accrual = new LedgerEntry(EntryKind.ACCRUAL,
                        LeaveLedger.monthlyAccrual(type.yearlyDays(), month.getMonthValue()), month.atEndOfMonth(),
                        month.toString(), null);
                added += ledgers.append(member.id(), type.code(), List.of(accrual), null);
            }
        }
        return added;
    }

    /** Closes {@code year} for every employee present in it and every type with a carry-forward rule. */
    @Transactional
    public int closeYear(int year, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        int added = 0;
        List<LeaveType> carried = types.all().stream().filter(type -> type.carryForwardCap() != null).toList();
        for (StaffMember member : staff.presentBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            requests.lockEmployee(member.id());
            for (LeaveType type : carried) {
                List<LedgerEntry> closing = ledgers.of(member.id(), type.code())
                        .closing(year, type.carryForwardCap(), type.carryForwardMonths());
                added += ledgers.append(member.id(), type.code(), closing, null);
            }
        }
        return added;
    }
}
