package energy.mwolo.hr.leave.model;

import java.math.BigDecimal;

/**
 * A kind of leave. {@code yearlyDays} is accrued month by month when set (annual: 20 working days); only types whose
 * {@code balanceChecked} is set are limited by the ledger (sick or unpaid leave is recorded, not limited). Closing a
 * year keeps at most {@code carryForwardCap} days, usable {@code carryForwardMonths} months.
 */
public record LeaveType(String code, String nameFr, String nameEn, BigDecimal yearlyDays, boolean balanceChecked,
                        BigDecimal carryForwardCap, int carryForwardMonths) {
}
