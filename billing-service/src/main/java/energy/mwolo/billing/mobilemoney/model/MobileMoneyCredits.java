package energy.mwolo.billing.mobilemoney.model;

import java.time.Instant;
import java.util.UUID;

/** The credits: at most one per (provider, provider transaction id) and one per request, by unique constraints. */
public interface MobileMoneyCredits {

    /**
     * Writes the credit of a request's success, in the caller's transaction. False (and nothing written) when that
     * provider transaction or that request was credited already, concurrently included.
     */
    boolean add(UUID creditId, MobileMoneyRequest request, String providerTransactionId, Long callbackId,
                Instant creditedAt);
}
