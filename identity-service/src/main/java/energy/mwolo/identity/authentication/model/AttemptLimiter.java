package energy.mwolo.identity.authentication.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failures per key (a client address) in a sliding window and refuses the key once it
 * reaches the limit, until its oldest failure leaves the window. In memory and per replica: bounded to
 * {@code capacity} keys, the least recently failed forgotten first.
 */
public final class AttemptLimiter {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures;

    public AttemptLimiter(int limit, Duration window, int capacity) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more");
        }
        this.limit = limit;
        this.window = window;
        this.failures = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long {@code key} must wait before its next attempt; zero when it may try now. */
    public synchronized Duration blockedFor(String key, Instant now) {
        Deque<Instant> recent = prune(key, now);
        if (recent == null || recent.size() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, recent.peekFirst().plus(window));
    }

    /**
     * Lets an attempt of {@code key} through when it may try now, and counts it at once as a failure (take it back with
     * {@link #forgetFailure} if it turns out otherwise): checking and counting in one step, attempts sent all at once
     * cannot all pass a limit only one more of them may reach.
     *
     * @return how long {@code key} must wait; zero when this attempt was let through
     */
    public synchronized Duration admit(String key, Instant now) {
        Duration wait = blockedFor(key, now);
        if (wait.isZero()) {
            recordFailure(key, now);
        }
        return wait;
    }

    public synchronized void recordFailure(String key, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        recent.addLast(now);
        while (recent.size() > limit) {
            recent.removeFirst();
        }
    }

    /** Takes back one failure recorded at {@code at}: an attempt counted before its outcome, which succeeded. */
    public synchronized void forgetFailure(String key, Instant at) {
        Deque<Instant> recent = failures.get(key);
        if (recent != null && recent.removeLastOccurrence(at) && recent.isEmpty()) {
            failures.remove(key);
        }
    }

    private Deque<Instant> prune(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return null;
        }
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(key);
            return null;
        }
        return recent;
    }
}
