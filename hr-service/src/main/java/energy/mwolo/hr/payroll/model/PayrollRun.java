package energy.mwolo.hr.payroll.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A month's pay for an agency or the company. A draft is recomputed at will (new rate, new inputs); validation
 * freezes it, and a mistake found later is corrected by an adjustment in a later month's run, never here.
 */
public final class PayrollRun {

    private final PayrollRunId id;
    private final RunScope scope;
    private final YearMonth month;
    private LocalDate runDate;
    private ExchangeRate rate;
    private RunStatus status;
    private List<Payslip> payslips;
    private UUID validatedBy;
    private Instant validatedAt;
    private UUID paidBy;
    private Instant paidAt;
    private final List<PayrollEvent> events = new ArrayList<>();

    private PayrollRun(PayrollRunId id, RunScope scope, YearMonth month, LocalDate runDate, ExchangeRate rate,
                       RunStatus status, List<Payslip> payslips) {
        this.id = Objects.requireNonNull(id, "id");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.month = Objects.requireNonNull(month, "month");
        this.runDate = Objects.requireNonNull(runDate, "runDate");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.status = Objects.requireNonNull(status, "status");
        this.payslips = List.copyOf(payslips);
    }

    public static PayrollRun draft(PayrollRunId id, RunScope scope, YearMonth month, ExchangeRate rate,
                                   List<Payslip> payslips) {
        return new PayrollRun(id, scope, month, rate.day(), rate, RunStatus.DRAFT, payslips);
    }

    public static PayrollRun restore(PayrollRunId id, RunScope scope, YearMonth month, ExchangeRate rate,
                                     RunStatus status, List<Payslip> payslips, UUID validatedBy, Instant validatedAt,
                                     UUID paidBy, Instant paidAt) {
        PayrollRun run = new PayrollRun(id, scope, month, rate.day(), rate, status, payslips);
        run.validatedBy = validatedBy;
        run.validatedAt = validatedAt;
        run.paidBy = paidBy;
        run.paidAt = paidAt;
        return run;
    }

    /** Replaces the draft's figures with freshly computed ones. */
    public void recompute(ExchangeRate newRate, List<Payslip> newPayslips) {
        requireStatus(RunStatus.DRAFT, "draft");
        this.rate = newRate;
        this.runDate = newRate.day();
        this.payslips = List.copyOf(newPayslips);
    }

    public void validate(UUID by, Instant at) {
        requireStatus(RunStatus.DRAFT, "validated");
        status = RunStatus.VALIDATED;
        validatedBy = by;
        validatedAt = at;
        events.add(new PayrollEvent.Validated(by, at));
    }

    public void markPaid(UUID by, Instant at) {
        requireStatus(RunStatus.VALIDATED, "paid");
        status = RunStatus.PAID;
        paidBy = by;
        paidAt = at;
    }

    private void requireStatus(RunStatus expected, String to) {
        if (status != expected) {
            throw new RunTransitionRefused(status, to);
        }
    }

    public List<PayrollEvent> pullEvents() {
        List<PayrollEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public RunTotals totals() {
        return RunTotals.of(payslips);
    }

    public PayrollRunId id() {
        return id;
    }

    public RunScope scope() {
        return scope;
    }

    public YearMonth month() {
        return month;
    }

    public LocalDate runDate() {
        return runDate;
    }

    public ExchangeRate rate() {
        return rate;
    }

    public RunStatus status() {
        return status;
    }

    public List<Payslip> payslips() {
        return payslips;
    }

    public UUID validatedBy() {
        return validatedBy;
    }

    public Instant validatedAt() {
        return validatedAt;
    }

    public UUID paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
