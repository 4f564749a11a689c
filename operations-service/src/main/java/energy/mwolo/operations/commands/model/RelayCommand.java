package energy.mwolo.operations.commands.model;

import energy.mwolo.operations.kernel.TransitionRefused;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.operations.meters.model.MeterNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One order to one meter's relay, carried out by a command on {@code iot.meter-commands} (sent again, same id, until
 * acknowledged or expired) or, for a meter without remote relay, by a field intervention. The order id makes the
 * order idempotent: the same order given twice is one command.
 */
public final class RelayCommand {

    /** Why a command ended without being executed: the meter's own outcome, or no answer in time. */
    public enum Failure {
        REFUSED, FAILED, EXPIRED
    }

    private final CommandId id;
    private final UUID orderId;
    private final MeterId meter;
    private final MeterNumber meterNumber;
    private final CommandAction action;
    private final String reason;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private CommandState state;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant finishedAt;
    private Failure failure;
    private UUID interventionId;
    private UUID orderedBy;

    private RelayCommand(CommandId id, UUID orderId, MeterId meter, MeterNumber meterNumber, CommandAction action,
                         String reason, Instant issuedAt, Instant expiresAt, CommandState state) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.meter = Objects.requireNonNull(meter, "meter");
        this.meterNumber = Objects.requireNonNull(meterNumber, "meterNumber");
        this.action = Objects.requireNonNull(action, "action");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.state = Objects.requireNonNull(state, "state");
    }

    /** A command for a meter with a remote relay, due at once. */
    public static RelayCommand issue(UUID orderId, MeterId meter, MeterNumber number, CommandAction action,
                                     String reason, Instant now, CommandTiming timing) {
        RelayCommand command = new RelayCommand(CommandId.newId(), orderId, meter, number, action, reason, now,
                now.plus(timing.lifetime()), CommandState.PENDING);
        command.nextAttemptAt = now;
        return command;
    }

    /** An order a technician carries out, for a meter without remote relay. */
    public static RelayCommand fieldWork(UUID orderId, MeterId meter, MeterNumber number, CommandAction action,
                                         String reason, Instant now, UUID interventionId, CommandTiming timing) {
        RelayCommand command = new RelayCommand(CommandId.newId(), orderId, meter, number, action, reason, now,
                now.plus(timing.lifetime()), CommandState.FIELD_WORK);
        command.interventionId = Objects.requireNonNull(interventionId, "interventionId");
        return command;
    }

    public static RelayCommand restore(CommandId id, UUID orderId, MeterId meter, MeterNumber number,
                                       CommandAction action, String reason, Instant issuedAt, Instant expiresAt,
                                       CommandState state, int attempts, Instant nextAttemptAt, Instant finishedAt,
                                       Failure failure, UUID interventionId, UUID orderedBy) {
        RelayCommand command = new RelayCommand(id, orderId, meter, number, action, reason, issuedAt, expiresAt,
                state);
        command.attempts = attempts;
        command.nextAttemptAt = nextAttemptAt;
        command.finishedAt = finishedAt;
        command.failure = failure;
        command.interventionId = interventionId;
        command.orderedBy = orderedBy;
        return command;
    }

    /** Records the staff member who gave the order by hand; the disconnection policy's orders have none. */
    public void orderedBy(UUID user) {
        orderedBy = user;
    }

    /** Whether it is to be sent (first time or again) at {@code now}. */
    public boolean isDue(Instant now) {
        return state.isOpen() && !nextAttemptAt.isAfter(now);
    }

    public boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** It went onto the topic; the next attempt waits for the back-off. */
    public void sent(Instant now, CommandTiming timing) {
        requireOpen(CommandState.SENT);
        attempts++;
        state = CommandState.SENT;
        nextAttemptAt = timing.nextAttempt(now, attempts);
    }

    /** The meter executed it. An acknowledgement of a command given up meanwhile still counts: it is what happened. */
    public void executed(Instant at) {
        if (state == CommandState.EXECUTED) {
            return;
        }
        state = CommandState.EXECUTED;
        finishedAt = at;
        failure = null;
    }

    /** Ends it without execution; the caller plans the field work and records it with {@link #handedToField}. */
    public void failed(Failure why, Instant at) {
        requireOpen(CommandState.FAILED);
        state = CommandState.FAILED;
        failure = Objects.requireNonNull(why, "why");
        finishedAt = at;
    }

    public void handedToField(UUID intervention) {
        interventionId = Objects.requireNonNull(intervention, "intervention");
    }

    /** Superseded by the opposite order before the meter acknowledged it. */
    public void cancel(Instant at) {
        requireOpen(CommandState.CANCELLED);
        state = CommandState.CANCELLED;
        finishedAt = at;
    }

    private void requireOpen(CommandState next) {
        if (!state.isOpen()) {
            throw new TransitionRefused(state, next);
        }
    }

    public CommandId id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public MeterId meter() {
        return meter;
    }

    public MeterNumber meterNumber() {
        return meterNumber;
    }

    public CommandAction action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public CommandState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Failure failure() {
        return failure;
    }

    public UUID interventionId() {
        return interventionId;
    }

    public UUID orderedBy() {
        return orderedBy;
    }
}
