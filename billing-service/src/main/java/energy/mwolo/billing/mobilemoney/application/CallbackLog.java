package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.util.UUID;

/** Every callback received, raw, with what was made of it. */
public interface CallbackLog {

    /** Stores a callback as received, in its own transaction; its id. */
    long store(RawCallback callback);

    /** Records the verdict on a stored callback. */
    void judge(long callbackId, Verdict verdict, String detail, UUID requestId, String webhookId);

    /** Whether a callback of this provider with this webhook id was already judged (not counting {@code except}). */
    boolean seenWebhookId(String provider, String webhookId, long except);
}
