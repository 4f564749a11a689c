package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a verified mobile-money success becomes a payment: recorded and allocated to the named invoices, or to the
 * client's oldest ones (DOMAIN.md, payments). Called once per credit, inside the transaction that writes the credit
 * row, so the payment and the credit commit or roll back together.
 */
public interface MobileMoneyPayments {

    void credit(MobileMoneyCredit credit);

    /**
     * @param creditId              the credit row's id: a stable idempotency key for the payment it becomes
     * @param reference             our request's reference, shown on the receipt
     * @param invoiceIds            empty: the client's balance
     * @param providerTransactionId the provider's id of the money movement
     * @param msisdn                the number that paid (through the aggregator, it tells the operator)
     */
    record MobileMoneyCredit(UUID creditId, UUID requestId, String reference, UUID clientId, Money amount,
                             List<UUID> invoiceIds, Provider provider, String providerTransactionId,
                             Msisdn msisdn, Instant creditedAt) {
    }
}
