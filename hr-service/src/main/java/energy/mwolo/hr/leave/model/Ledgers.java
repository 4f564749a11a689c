package energy.mwolo.hr.leave.model;

import energy.mwolo.hr.kernel.EmployeeId;
import java.util.List;

/** The ledger entries of every employee and leave type; entries are added, never changed. */
public interface Ledgers {

    LeaveLedger of(EmployeeId employee, String leaveType);

    /**
     * Adds the entries; one already written for the same employee, type, kind and period (or request) is skipped,
     * so that running an accrual or a year close again adds nothing.
     *
     * @return how many were added
     */
    int append(EmployeeId employee, String leaveType, List<LedgerEntry> entries, LeaveRequestId request);
}
