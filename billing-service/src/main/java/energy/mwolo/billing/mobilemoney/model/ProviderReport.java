package energy.mwolo.billing.mobilemoney.model;

import energy.mwolo.billing.kernel.Money;
import java.util.Set;

/**
 * What a provider says about one payment, from a callback or a status query.
 *
 * @param transactionId the provider's id of the money movement (the key of the credit), null while pending
 * @param reason        the provider's code and words, for failures
 * @param amount        the amount it reports, when its format carries one (the aggregator's does), else null
 */
public record ProviderReport(Outcome outcome, String transactionId, String reason, Money amount) {

    /** A provider's status word: one of {@code succeeded}, one of {@code failed}, or anything else: pending. */
    public static ProviderReport ofStatus(String status, String transactionId, Set<String> succeeded,
                                          Set<String> failed) {
        if (status != null && succeeded.contains(status)) {
            return new ProviderReport(Outcome.SUCCEEDED, transactionId, status, null);
        }
        if (status != null && failed.contains(status)) {
            return new ProviderReport(Outcome.FAILED, transactionId, status, null);
        }
        return pending(status);
    }

    /** The provider does not know this transaction: as good as failed for whoever claimed it succeeded. */
    public static ProviderReport unknownTransaction(String transactionId, String reason) {
        return new ProviderReport(Outcome.FAILED, transactionId, "unknown to the provider"
                + (reason == null ? "" : ": " + reason), null);
    }

    public static ProviderReport pending(String reason) {
        return new ProviderReport(Outcome.PENDING, null, reason, null);
    }

    public enum Outcome {
        SUCCEEDED, FAILED, PENDING
    }
}
