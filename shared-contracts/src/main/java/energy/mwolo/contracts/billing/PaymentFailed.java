package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A payment request ended without money: final, nothing was credited. Never published for a payment already
 * received (a provider's failure after a success is an alert for staff, not a reversal). {@code reason} is a
 * code; {@code detail} the provider's own words for staff (e.g. {@code INS-2006 Insufficient balance}).
 * Nullable: provider (only for mobile money), providerTransactionId, detail.
 */
@ContractPayload
public record PaymentFailed(
        UUID paymentId,
        String reference,
        UUID clientId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String method,
        String provider,
        String providerTransactionId,
        String reason,
        String detail,
        Instant occurredAt) {

    public static final EventContract<PaymentFailed> CONTRACT =
            new EventContract<>("billing", "payment", "PaymentFailed", 1, PaymentFailed.class);

    /** The reasons; {@code expired}: no final answer came within the time allowed. */
    public static final Set<String> REASONS = Set.of("insufficient_funds", "cancelled_by_payer", "declined",
            "invalid_account", "expired", "provider_error", "other");

    public PaymentFailed {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(clientId, "clientId");
        amount = BillingChecks.positiveAmount(amount, "amount");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        BillingChecks.oneOf(BillingChecks.METHODS, method, "method");
        BillingChecks.requireMobileMoneyProvider(method, provider);
        BillingChecks.oneOf(REASONS, reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
