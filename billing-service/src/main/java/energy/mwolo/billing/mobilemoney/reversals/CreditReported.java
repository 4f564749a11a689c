package energy.mwolo.billing.mobilemoney.reversals;

import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.Provider;
import java.util.UUID;

/**
 * A credited mobile-money payment a provider now reports failed or reversed, with the payment it became.
 *
 * @param requestId null for a paybill payment
 * @param payer     the operator whose customer paid, as payments name it
 */
record CreditReported(UUID creditId, Provider provider, String transactionId, UUID requestId, UUID clientId,
                      Money amount, String payer, UUID paymentId, String paymentNumber) {
}
