package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.RunScope;
import energy.mwolo.hr.payroll.model.RunStatus;
import energy.mwolo.hr.payroll.model.RunTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A run as lists show it: its totals, never a payslip. */
public record RunView(PayrollRunId id, RunScope scope, YearMonth month, LocalDate runDate, BigDecimal exchangeRate,
                      RunStatus status, RunTotals totals, Instant createdAt, Instant validatedAt, Instant paidAt) {
}
