package energy.mwolo.billing.mobilemoney.application;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link CallbackWorkers} that a callback was stored for them, so that one is judged within milliseconds
 * rather than at the next poll. Only a hint: the workers find their work in the database, and wake at their poll
 * interval anyway (callbacks stored by another replica, or before a restart).
 */
@Component
public class CallbacksToJudge {

    /** Past this many unanswered hints, more would only make idle workers look at an empty table again. */
    private static final int MAX_HINTS = 64;

    private final Semaphore hints = new Semaphore(0);

    void arrived() {
        if (hints.availablePermits() < MAX_HINTS) {
            hints.release();
        }
    }

    /** Waits for a callback to arrive, at most {@code timeout}; whether one did. */
    boolean awaitArrival(Duration timeout) throws InterruptedException {
        boolean arrived = hints.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (arrived) {
            hints.drainPermits();
        }
        return arrived;
    }
}
