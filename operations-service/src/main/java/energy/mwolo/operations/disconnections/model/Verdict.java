package energy.mwolo.operations.disconnections.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What the policy says of one meter's due disconnection now.
 *
 * @param notBefore when to look again (null for a final answer: a cut ordered, or refused for good)
 * @param alert     the wait is a blast-radius limit, which someone must be told of
 */
public record Verdict(Outcome outcome, Reason reason, Instant notBefore, boolean alert) {

    public enum Outcome {
        /** Order the cut now. */
        CUT,
        /** Not now: look again at {@code notBefore}. */
        WAIT,
        /** Never (protected site). */
        REFUSE
    }

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if (outcome == Outcome.WAIT) {
            Objects.requireNonNull(notBefore, "notBefore");
        }
    }

    static Verdict cut() {
        return new Verdict(Outcome.CUT, Reason.OVERDUE, null, false);
    }

    static Verdict refuse(Reason reason) {
        return new Verdict(Outcome.REFUSE, reason, null, false);
    }

    static Verdict waitUntil(Reason reason, Instant notBefore) {
        return new Verdict(Outcome.WAIT, reason, notBefore, false);
    }

    static Verdict limited(Reason reason, Instant notBefore) {
        return new Verdict(Outcome.WAIT, reason, notBefore, true);
    }
}
