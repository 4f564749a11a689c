package energy.mwolo.billing.runs.model;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.platform.outbox.Uuids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A run billing one month: how many contracts it has to look at ({@code total}) and what became of those seen so far
 * (invoiced, already invoiced before, failed, waiting). Its worker beats ({@code heartbeatAt}) with every batch; a
 * running run whose heartbeat is older than allowed has lost its worker and may be interrupted. All its invoices
 * are issued on its {@code issueDay}, the day it started (Africa/Kinshasa), at that day's exchange rate.
 */
public final class BillingRun {

    private final UUID id;
    private final BillingPeriod period;
    private final RunTrigger trigger;
    private final String startedBy;
    private final Instant startedAt;
    private final LocalDate issueDay;
    private final int total;
    private RunStatus status;
    private int invoiced;
    private int skipped;
    private int failed;
    private int waiting;
    private Instant heartbeatAt;
    private Instant finishedAt;

    private BillingRun(UUID id, BillingPeriod period, RunTrigger trigger, String startedBy, Instant startedAt,
                       LocalDate issueDay, int total, Progress progress) {
        this.id = Objects.requireNonNull(id, "id");
        this.period = Objects.requireNonNull(period, "period");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.issueDay = Objects.requireNonNull(issueDay, "issueDay");
        this.total = total;
        this.status = progress.status();
        this.invoiced = progress.invoiced();
        this.skipped = progress.skipped();
        this.failed = progress.failed();
        this.waiting = progress.waiting();
        this.heartbeatAt = progress.heartbeatAt();
        this.finishedAt = progress.finishedAt();
    }

    /** Where a run stands, as storage keeps it. */
    public record Progress(RunStatus status, int invoiced, int skipped, int failed, int waiting, Instant heartbeatAt,
                           Instant finishedAt) {
    }

    public static BillingRun start(BillingPeriod period, RunTrigger trigger, String startedBy, int total,
                                   LocalDate issueDay, Instant now) {
        return new BillingRun(Uuids.timeOrdered(), period, trigger, startedBy, now, issueDay, total,
                new Progress(RunStatus.RUNNING, 0, 0, 0, 0, now, null));
    }

    public static BillingRun restore(UUID id, BillingPeriod period, RunTrigger trigger, String startedBy,
                                     Instant startedAt, LocalDate issueDay, int total, Progress progress) {
        return new BillingRun(id, period, trigger, startedBy, startedAt, issueDay, total, progress);
    }

    /** Counts what a batch did, and beats. */
    public void record(BatchOutcome outcome, Instant now) {
        requireRunning();
        invoiced += outcome.invoiced();
        skipped += outcome.skipped();
        failed += outcome.failed();
        waiting += outcome.waiting();
        heartbeatAt = now;
    }

    public void complete(Instant now) {
        requireRunning();
        status = RunStatus.COMPLETED;
        heartbeatAt = now;
        finishedAt = now;
    }

    public void fail(Instant now) {
        requireRunning();
        status = RunStatus.FAILED;
        finishedAt = now;
    }

    /** A running run without heartbeat for longer than {@code staleAfter} has lost its worker. */
    public boolean isStale(Instant now, Duration staleAfter) {
        return status == RunStatus.RUNNING && heartbeatAt.plus(staleAfter).isBefore(now);
    }

    /** Ends a run whose worker is gone; what it billed stays billed, and the next run bills the rest. */
    public void interrupt(Instant now) {
        requireRunning();
        status = RunStatus.INTERRUPTED;
        finishedAt = now;
    }

    /** How many contracts were looked at so far. */
    public int seen() {
        return invoiced + skipped + failed + waiting;
    }

    private void requireRunning() {
        if (status != RunStatus.RUNNING) {
            throw new IllegalStateException("Run " + id + " is " + status + ", not running");
        }
    }

    public UUID id() {
        return id;
    }

    public BillingPeriod period() {
        return period;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public LocalDate issueDay() {
        return issueDay;
    }

    public int total() {
        return total;
    }

    public RunStatus status() {
        return status;
    }

    public int invoiced() {
        return invoiced;
    }

    public int skipped() {
        return skipped;
    }

    public int failed() {
        return failed;
    }

    public int waiting() {
        return waiting;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
