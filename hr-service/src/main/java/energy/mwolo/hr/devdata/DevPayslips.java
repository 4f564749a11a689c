package energy.mwolo.hr.devdata;

import energy.mwolo.contracts.devdata.DevRates;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.payroll.application.EnteringPayrollData;
import energy.mwolo.hr.payroll.application.RunningPayroll;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.ExchangeRates;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.PayrollRuns;
import energy.mwolo.hr.payroll.model.RunScope;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Last month's payroll of the dev agency, drafted, validated and paid as HR does it, so that each dev employee has a
 * payslip to read and download: the month's last day's USD/CDF rate is entered first when none holds (an
 * illustrative one, as the devstack's accountant does for billing). A run of that month for the agency already there
 * means nothing is done.
 */
@Component
@Profile("dev")
class DevPayslips {


    private final PayrollRuns runs;
    private final ExchangeRates rates;
    private final EnteringPayrollData entering;
    private final RunningPayroll running;

    DevPayslips(PayrollRuns runs, ExchangeRates rates, EnteringPayrollData entering, RunningPayroll running) {
        this.runs = runs;
        this.rates = rates;
        this.entering = entering;
        this.running = running;
    }

    /** Pays last month at {@code agency} unless a run of that month covers it. */
    void payLastMonth(UUID agency, CurrentUser hr) {
        YearMonth month = YearMonth.now(BusinessTime.ZONE).minusMonths(1);
        RunScope scope = new RunScope(agency);
        if (runs.overlapping(month, scope).isPresent()) {
            return;
        }
        LocalDate runDate = month.atEndOfMonth();
        if (rates.on(runDate).isEmpty()) {
            entering.recordRate(new ExchangeRate(runDate, DevRates.CDF_PER_USD), hr);
        }
        PayrollRunId run = running.draft(month, scope, runDate, hr);
        running.validate(run, hr);
        running.markPaid(run, hr);
    }
}
