package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.kernel.BusinessTime;
import energy.mwolo.hr.payroll.model.ExchangeRate;
import energy.mwolo.hr.payroll.model.ExchangeRateMissing;
import energy.mwolo.hr.payroll.model.ExchangeRates;
import energy.mwolo.hr.payroll.model.PayrollRun;
import energy.mwolo.hr.payroll.model.PayrollRunId;
import energy.mwolo.hr.payroll.model.PayrollRuns;
import energy.mwolo.hr.payroll.model.RunNotFound;
import energy.mwolo.hr.payroll.model.RunOverlap;
import energy.mwolo.hr.payroll.model.RunScope;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's life, for HR staff. Drafting takes the month's lock, so that two drafts of overlapping scopes (the
 * company's and an agency's, or the same agency twice) cannot both pass the overlap check; each transition locks the
 * run's row, so that two validations apply one after the other and the second is refused (409).
 */
@Service
public class RunningPayroll {

    private final PayrollRuns runs;
    private final ExchangeRates rates;
    private final ComputingPayslips computing;
    private final PayrollEventPublisher events;

    RunningPayroll(PayrollRuns runs, ExchangeRates rates, ComputingPayslips computing, PayrollEventPublisher events) {
        this.runs = runs;
        this.rates = rates;
        this.computing = computing;
        this.events = events;
    }

    /** @param runDate the day whose exchange rate converts dollar pay; today in Kinshasa when null */
    @Transactional
    public PayrollRunId draft(YearMonth month, RunScope scope, LocalDate runDate, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        ExchangeRate rate = rateOn(runDate);
        runs.lockMonth(month);
        runs.overlapping(month, scope).ifPresent(existing -> {
            throw new RunOverlap(month, existing);
        });
        PayrollRun run = PayrollRun.draft(PayrollRunId.newId(), scope, month, rate,
                computing.compute(month, scope, rate));
        runs.add(run);
        return run.id();
    }

    /** Recomputes a draft with today's inputs and the rate of {@code runDate} (the run's own date when null). */
    @Transactional
    public void recompute(PayrollRunId id, LocalDate runDate, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        PayrollRun run = locked(id);
        ExchangeRate rate = rateOn(runDate == null ? run.runDate() : runDate);
        run.recompute(rate, computing.compute(run.month(), run.scope(), rate));
        runs.replacePayslips(run);
    }

    @Transactional
    public void validate(PayrollRunId id, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        PayrollRun run = locked(id);
        run.validate(user.userId(), Instant.now());
        runs.update(run);
        events.publishRecordedEvents(run);
    }

    @Transactional
    public void markPaid(PayrollRunId id, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        PayrollRun run = locked(id);
        run.markPaid(user.userId(), Instant.now());
        runs.update(run);
    }

    private PayrollRun locked(PayrollRunId id) {
        return runs.byId(id).orElseThrow(() -> new RunNotFound(id));
    }

    private ExchangeRate rateOn(LocalDate runDate) {
        LocalDate day = runDate == null ? BusinessTime.dayOf(Instant.now()) : runDate;
        return rates.on(day).orElseThrow(() -> new ExchangeRateMissing(day));
    }
}
