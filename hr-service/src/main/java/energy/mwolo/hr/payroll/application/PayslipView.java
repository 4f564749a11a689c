package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.Payslip;
import energy.mwolo.hr.payroll.model.RunStatus;
import java.time.LocalDate;
import java.time.YearMonth;

/** A payslip with what it shows of its run. */
public record PayslipView(Payslip payslip, PayrollRunId run, YearMonth month, LocalDate runDate, RunStatus status) {

    public String reference() {
        return payslip.reference(month);
    }
}
