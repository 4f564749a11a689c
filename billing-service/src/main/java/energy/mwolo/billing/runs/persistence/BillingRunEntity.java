package energy.mwolo.billing.runs.persistence;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.runs.model.BillingRun;
import energy.mwolo.billing.runs.model.RunStatus;
import energy.mwolo.billing.runs.model.RunTrigger;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

@Entity
@Table(name = "billing_runs")
class BillingRunEntity {

    @Id
    private UUID id;
    private LocalDate period;
    private String trigger;
    private String status;
    private String startedBy;
    private Instant startedAt;
    private LocalDate issueDay;
    private int total;
    private int invoiced;
    private int skipped;
    private int failed;
    private int waiting;
    private Instant heartbeatAt;
    private Instant finishedAt;
    @Version
    private Long version;

    protected BillingRunEntity() {
    }

    static BillingRunEntity from(BillingRun run) {
        BillingRunEntity entity = new BillingRunEntity();
        entity.id = run.id();
        entity.period = run.period().firstDay();
        entity.trigger = Codes.of(run.trigger());
        entity.startedBy = run.startedBy();
        entity.startedAt = run.startedAt();
        entity.issueDay = run.issueDay();
        entity.total = run.total();
        entity.apply(run);
        return entity;
    }

    void apply(BillingRun run) {
        status = Codes.of(run.status());
        invoiced = run.invoiced();
        skipped = run.skipped();
        failed = run.failed();
        waiting = run.waiting();
        heartbeatAt = run.heartbeatAt();
        finishedAt = run.finishedAt();
    }

    BillingRun toModel() {
        return BillingRun.restore(id, new BillingPeriod(YearMonth.from(period)),
                RunTrigger.valueOf(trigger.toUpperCase(Locale.ROOT)), startedBy, startedAt, issueDay, total,
                new BillingRun.Progress(RunStatus.valueOf(status.toUpperCase(Locale.ROOT)), invoiced, skipped, failed,
                        waiting, heartbeatAt, finishedAt));
    }
}
