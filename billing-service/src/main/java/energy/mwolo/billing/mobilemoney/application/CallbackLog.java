package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Every callback received, raw, with what was made of it. */
public interface CallbackLog {

    /**
     * Stores a callback as received, in its own transaction, with the verdict it already has (refused when read), or
     * none: then it waits to be judged ({@link #claimUnjudged}); its id.
     */
    long store(RawCallback callback, Verdict verdict, String detail, String webhookId);

    /** Records the verdicts on stored callbacks, in the caller's transaction if there is one. */
    void judge(List<Judged> judged);

    /** Whether a callback of this provider with this webhook id was already judged (not counting {@code except}). */
    boolean seenWebhookId(String provider, String webhookId, long except);

    /**
     * Up to {@code max} callbacks still without a verdict and not claimed by another worker (or whose claim ran out),
     * oldest first, claimed for {@code lease}: a worker that dies leaves them to the next after the lease.
     */
    List<StoredCallback> claimUnjudged(int max, Duration lease);

    /** Leaves a claimed callback without a verdict, to be claimed again once {@code delay} has passed. */
    void postpone(long callbackId, Duration delay);

    /** The verdict on a stored callback, with the request it concerned and its webhook id when it had one. */
    record Judged(long callbackId, Verdict verdict, String detail, UUID requestId, String webhookId) {
    }

    /** A callback stored and waiting for its verdict. */
    record StoredCallback(long id, RawCallback callback) {
    }
}
