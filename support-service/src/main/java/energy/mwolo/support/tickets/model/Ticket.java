package energy.mwolo.support.tickets.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's ticket. It guards the workflow, who may write what, the reopen period and the SLA clock: deadlines
 * are given at opening (computed on the agency's calendar by the caller), stand still while the ticket waits for
 * the customer or is resolved, and are moved by the working time of the pause when it ends. resolved_at and
 * closed_at are set here, never supplied.
 */
public final class Ticket {

    private final TicketId id;
    private final String number;
    private final TicketFacts facts;
    private final UUID openedBy;
    private final Instant openedAt;
    private Priority priority;
    private TicketStatus status;
    private Assignment assignment;
    private Instant firstResponseDue;
    private Instant firstRespondedAt;
    private Instant resolutionDue;
    private Instant slaPausedAt;
    private final SlaFlags flags;
    private Instant resolvedAt;
    private Instant closedAt;
    private final List<TicketMessage> newMessages = new ArrayList<>();
    private final List<TicketEvent> events = new ArrayList<>();

    private Ticket(TicketId id, String number, TicketFacts facts, UUID openedBy, Instant openedAt, Priority priority,
                   TicketStatus status, SlaFlags flags) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.status = Objects.requireNonNull(status, "status");
        this.flags = Objects.requireNonNull(flags, "flags");
    }

    /**
     * Opens a ticket; its description is its first message, written by whoever opened it.
     *
     * @throws PriorityNotAllowed when a client asks for more than it may
     */
    public static Ticket open(TicketId id, String number, TicketFacts facts, Priority priority, UUID openedBy,
                              AuthorKind openedAs, Instant at, Deadlines deadlines) {
        if (openedAs == AuthorKind.CLIENT && !priority.choosableByClientFor(facts.category())) {
            throw new PriorityNotAllowed(priority, facts.category());
        }
        Ticket ticket = new Ticket(id, number, facts, openedBy, at, priority, TicketStatus.OPEN, new SlaFlags());
        ticket.firstResponseDue = deadlines.firstResponse();
        ticket.resolutionDue = deadlines.resolution();
        ticket.events.add(new TicketEvent.Opened(at));
        return ticket;
    }

    /** A ticket as stored; records nothing. */
    public static Ticket restore(TicketId id, String number, TicketFacts facts, UUID openedBy, Instant openedAt,
                                 Priority priority, TicketStatus status, Assignment assignment, SlaState sla,
                                 Instant resolvedAt, Instant closedAt) {
        Ticket ticket = new Ticket(id, number, facts, openedBy, openedAt, priority, status, sla.flags());
        ticket.assignment = assignment;
        ticket.firstResponseDue = sla.firstResponseDue();
        ticket.firstRespondedAt = sla.firstRespondedAt();
        ticket.resolutionDue = sla.resolutionDue();
        ticket.slaPausedAt = sla.pausedAt();
        ticket.resolvedAt = resolvedAt;
        ticket.closedAt = closedAt;
        return ticket;
    }

    /**
     * Adds a message. Staff's first public reply meets the first-response target and takes an open ticket in hand;
     * a client's reply brings a ticket waiting for it back to in progress (the SLA clock runs again).
     *
     * @throws TicketClosed on a closed ticket
     */
    public TicketMessage write(TicketMessage message, SlaCalendar calendar) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosed(number);
        }
        newMessages.add(message);
        if (message.authorKind() == AuthorKind.STAFF && !message.internal()) {
            if (firstRespondedAt == null) {
                firstRespondedAt = message.postedAt();
            }
            if (status == TicketStatus.OPEN) {
                change(TicketStatus.IN_PROGRESS, message.author(), message.postedAt(), calendar);
            }
            events.add(new TicketEvent.StaffReplied(message));
        } else if (message.authorKind() == AuthorKind.CLIENT && status == TicketStatus.WAITING_CUSTOMER) {
            change(TicketStatus.IN_PROGRESS, message.author(), message.postedAt(), calendar);
        }
        return message;
    }

    /**
     * Moves the ticket along the workflow ({@link TicketStatus#mayMoveTo}); moving to its current status changes
     * nothing and records nothing.
     */
    public void moveTo(TicketStatus next, UUID by, Instant at, SlaCalendar calendar) {
        if (next == status) {
            return;
        }
        if (!status.mayMoveTo(next)) {
            throw new TicketTransitionRefused(status, next);
        }
        change(next, by, at, calendar);
    }

    /**
     * Brings a resolved or closed ticket back to in progress, within {@code period} of its resolution; its
     * deadlines move by the working time it spent resolved.
     */
    public void reopen(UUID by, Instant at, Duration period, SlaCalendar calendar) {
        if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
            throw new NotReopenable(number, status);
        }
        Instant until = resolvedAt.plus(period);
        if (at.isAfter(until)) {
            throw new ReopenPeriodOver(number, until);
        }
        TicketStatus from = status;
        resume(at, calendar);
        status = TicketStatus.IN_PROGRESS;
        resolvedAt = null;
        closedAt = null;
        flags.resolutionWarned = false;
        events.add(new TicketEvent.StatusChanged(from, status, by, at));
    }

    /** Gives the ticket to an agent or a team; giving it to whoever holds it already changes nothing. */
    public void assign(Assignment next) {
        if (assignment != null && Objects.equals(assignment.agent(), next.agent())
                && Objects.equals(assignment.team(), next.team())) {
            return;
        }
        if (!status.active()) {
            throw new TicketNotActive(number, status);
        }
        UUID previousAgent = assignment == null ? null : assignment.agent();
        UUID previousTeam = assignment == null ? null : assignment.team();
        assignment = next;
        events.add(new TicketEvent.Assigned(next, previousAgent, previousTeam));
    }

    /**
     * Looks at the deadlines at {@code now}: a deadline within {@code warnBefore} is at risk (told once), a passed
     * one is breached (recorded once). A paused clock, or a met target, is never late.
     */
    public void checkDeadlines(Instant now, Duration warnBefore) {
        if (!status.active() || slaPausedAt != null) {
            return;
        }
        if (firstRespondedAt == null && firstResponseDue != null) {
            check(SlaTarget.FIRST_RESPONSE, firstResponseDue, now, warnBefore);
        }
        if (resolutionDue != null) {
            check(SlaTarget.RESOLUTION, resolutionDue, now, warnBefore);
        }
    }

    private void check(SlaTarget target, Instant due, Instant now, Duration warnBefore) {
        boolean first = target == SlaTarget.FIRST_RESPONSE;
        if (!now.isBefore(due)) {
            if (!(first ? flags.firstResponseBreached : flags.resolutionBreached)) {
                if (first) {
                    flags.firstResponseBreached = true;
                } else {
                    flags.resolutionBreached = true;
                }
                events.add(new TicketEvent.SlaBreached(target, due, now));
            }
        } else if (!now.isBefore(due.minus(warnBefore)) && !(first ? flags.firstResponseWarned
                : flags.resolutionWarned)) {
            if (first) {
                flags.firstResponseWarned = true;
            } else {
                flags.resolutionWarned = true;
            }
            events.add(new TicketEvent.SlaAtRisk(target, due));
        }
    }

    private void change(TicketStatus next, UUID by, Instant at, SlaCalendar calendar) {
        TicketStatus from = status;
        if (from == TicketStatus.WAITING_CUSTOMER) {
            resume(at, calendar);
        }
        status = next;
        if (next == TicketStatus.WAITING_CUSTOMER || next == TicketStatus.RESOLVED) {
            slaPausedAt = slaPausedAt == null ? at : slaPausedAt;
        }
        events.add(new TicketEvent.StatusChanged(from, next, by, at));
        if (next == TicketStatus.RESOLVED) {
            resolvedAt = at;
            events.add(new TicketEvent.Resolved(by, resolutionDue == null || !at.isAfter(resolutionDue), at));
        } else if (next == TicketStatus.CLOSED) {
            closedAt = at;
        }
    }

    private void resume(Instant at, SlaCalendar calendar) {
        if (slaPausedAt == null) {
            return;
        }
        if (firstRespondedAt == null && firstResponseDue != null) {
            firstResponseDue = calendar.resume(firstResponseDue, slaPausedAt, at);
        }
        if (resolutionDue != null) {
            resolutionDue = calendar.resume(resolutionDue, slaPausedAt, at);
        }
        slaPausedAt = null;
    }

    public List<TicketEvent> pullEvents() {
        List<TicketEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** Messages written since the ticket was loaded, for the repository to store. */
    public List<TicketMessage> pullNewMessages() {
        List<TicketMessage> pulled = List.copyOf(newMessages);
        newMessages.clear();
        return pulled;
    }

    public TicketId id() {
        return id;
    }

    public String number() {
        return number;
    }

    public TicketFacts facts() {
        return facts;
    }

    public UUID openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Priority priority() {
        return priority;
    }

    public TicketStatus status() {
        return status;
    }

    public Assignment assignment() {
        return assignment;
    }

    public SlaState sla() {
        return new SlaState(firstResponseDue, firstRespondedAt, resolutionDue, slaPausedAt, flags.copy());
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
