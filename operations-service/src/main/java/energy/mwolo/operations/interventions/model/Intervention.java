package energy.mwolo.operations.interventions.model;

import energy.mwolo.operations.kernel.Codes;
import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.operations.kernel.SiteId;
import energy.mwolo.operations.kernel.Text;
import energy.mwolo.operations.kernel.TransitionRefused;
import energy.mwolo.operations.kernel.UserId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Work to do on a site, on a piece of its equipment or not. Its type, site and equipment never change; its plan
 * changes while it is planned, its technician until it ends. Its status follows {@link InterventionStatus}.
 */
public final class Intervention {

    public static final int REPORT_MAX_LENGTH = 4000;
    public static final int REASON_MAX_LENGTH = 1000;

    private final InterventionId id;
    private final InterventionType type;
    private final SiteId site;
    private final UUID equipment;
    private InterventionPlan plan;
    private InterventionStatus status;
    private Instant startedAt;
    private Instant completedAt;
    private String report;
    private Instant cancelledAt;
    private String cancellationReason;
    private final List<InterventionEvent> events = new ArrayList<>();

    private Intervention(InterventionId id, InterventionType type, SiteId site, UUID equipment,
                         InterventionPlan plan, InterventionStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.site = Objects.requireNonNull(site, "site");
        this.equipment = equipment;
        this.plan = Objects.requireNonNull(plan, "plan");
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * Plans an intervention for a day that has not passed ({@code today}, Africa/Kinshasa).
     *
     * @param equipment a piece of equipment of {@code site}, or null
     */
    public static Intervention schedule(InterventionType type, SiteId site, UUID equipment, InterventionPlan plan,
                                        LocalDate today, Instant now) {
        notPast(plan, today);
        Intervention intervention = new Intervention(InterventionId.newId(), type, site, equipment, plan,
                InterventionStatus.PLANNED);
        intervention.events.add(new InterventionEvent.Scheduled(now));
        return intervention;
    }

    /** Rebuilds an intervention from storage; records no event. */
    public static Intervention restore(InterventionId id, InterventionType type, SiteId site, UUID equipment,
                                       InterventionPlan plan, InterventionStatus status, Progress progress) {
        Intervention intervention = new Intervention(id, type, site, equipment, plan, status);
        intervention.startedAt = progress.startedAt();
        intervention.completedAt = progress.completedAt();
        intervention.report = progress.report();
        intervention.cancelledAt = progress.cancelledAt();
        intervention.cancellationReason = progress.cancellationReason();
        return intervention;
    }

    /**
     * Changes what, when and by whom while planned; once started only the technician may change (someone else
     * finishing the work).
     */
    public void replan(InterventionPlan newPlan, LocalDate today) {
        if (status.isFinal()) {
            throw new InterventionClosed(id, status);
        }
        boolean onlyTechnician = newPlan.description().equals(plan.description())
                && newPlan.scheduledDate().equals(plan.scheduledDate());
        if (status != InterventionStatus.PLANNED && !onlyTechnician) {
            throw new InterventionClosed(id, status);
        }
        if (!newPlan.scheduledDate().equals(plan.scheduledDate())) {
            notPast(newPlan, today);
        }
        plan = newPlan;
    }

    public void start(Instant now) {
        move(InterventionStatus.IN_PROGRESS);
        startedAt = now;
    }

    /**
     * Ends the work with the technician's report.
     *
     * @param at when the work ended: not in the future, not before it started
     */
    public void complete(String workReport, Instant at, Instant now) {
        requireCanMove(InterventionStatus.COMPLETED);
        String text = Text.required(workReport, "report", REPORT_MAX_LENGTH);
        Objects.requireNonNull(at, "at");
        if (at.isAfter(now) || at.isBefore(startedAt)) {
            throw new InvalidField("completed_at", "interventions.completed_at.out_of_range", startedAt);
        }
        move(InterventionStatus.COMPLETED);
        report = text;
        completedAt = at;
        events.add(new InterventionEvent.Completed(now));
    }

    public void cancel(String reason, Instant now) {
        requireCanMove(InterventionStatus.CANCELLED);
        String text = Text.optional(reason, "reason", REASON_MAX_LENGTH);
        move(InterventionStatus.CANCELLED);
        cancellationReason = text;
        cancelledAt = now;
    }

    public boolean isAssignedTo(UserId user) {
        return user != null && user.equals(plan.technician());
    }

    /** Hands over the events recorded since the last call, oldest first, and forgets them. */
    public List<InterventionEvent> pullEvents() {
        List<InterventionEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public InterventionId id() {
        return id;
    }

    public InterventionType type() {
        return type;
    }

    public SiteId site() {
        return site;
    }

    /** The equipment worked on, or null. */
    public UUID equipment() {
        return equipment;
    }

    public InterventionPlan plan() {
        return plan;
    }

    public InterventionStatus status() {
        return status;
    }

    public Progress progress() {
        return new Progress(startedAt, completedAt, report, cancelledAt, cancellationReason);
    }

    private void move(InterventionStatus next) {
        requireCanMove(next);
        status = next;
    }

    private void requireCanMove(InterventionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new TransitionRefused(status, next);
        }
    }

    private static void notPast(InterventionPlan plan, LocalDate today) {
        if (plan.scheduledDate().isBefore(today)) {
            throw new InvalidField("scheduled_date", "interventions.scheduled_date.past", today);
        }
    }

    /** How far the work went: start, completion with its report, or cancellation with its reason. */
    public record Progress(Instant startedAt, Instant completedAt, String report, Instant cancelledAt,
                           String cancellationReason) {

        public static final Progress NONE = new Progress(null, null, null, null, null);
    }

    static final class InterventionClosed extends DomainException {
        InterventionClosed(InterventionId id, InterventionStatus status) {
            super(ErrorKind.CONFLICT, "interventions.plan_frozen", null, id.value(), Codes.of(status));
        }
    }
}
