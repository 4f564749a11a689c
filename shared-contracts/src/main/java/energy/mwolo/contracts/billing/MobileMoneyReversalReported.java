package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert for staff: a mobile-money provider reported a failure or a reversal of a payment whose success billing
 * had already credited. Nothing is reversed: the payment (its PaymentReceived, same key) and its allocations stay
 * until an accountant decides. Told once per provider transaction, however often the provider repeats it.
 * {@code provider} is the operator whose customer paid, with PaymentReceived's codes. Nullable: requestId (a paybill
 * payment had no request of ours), reason (the provider's code and words, when it gave them).
 */
@ContractPayload
public record MobileMoneyReversalReported(
        UUID paymentId,
        String paymentReference,
        UUID clientId,
        UUID requestId,
        String provider,
        String providerTransactionId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String reason,
        Instant occurredAt) {

    public static final EventContract<MobileMoneyReversalReported> CONTRACT = new EventContract<>(
            "billing", "payment", "MobileMoneyReversalReported", 1, MobileMoneyReversalReported.class);

    public MobileMoneyReversalReported {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(clientId, "clientId");
        BillingChecks.oneOf(BillingChecks.PROVIDERS, provider, "provider");
        Objects.requireNonNull(providerTransactionId, "providerTransactionId");
        amount = BillingChecks.positiveAmount(amount, "amount");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
