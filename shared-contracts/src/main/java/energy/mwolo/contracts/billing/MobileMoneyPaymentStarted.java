package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A mobile-money push request was accepted by the provider: the client is paying on the phone now. Until the
 * request's {@link MobileMoneyPaymentEnded} (same key: the request id), or {@code holdUntil} at the latest if that
 * never comes, a disconnection of the client for unpaid invoices waits: the money may be on its way.
 * {@code holdUntil} is 30 minutes after the request was accepted. {@code provider} is the operator whose customer
 * pays, with PaymentReceived's codes ({@code africell} when the aggregator collects). {@code msisdnMasked} shows
 * only the operator prefix and the last three digits ({@code +24381****678}): the number itself stays in billing.
 * {@code invoiceIds} is empty when the request pays the client's oldest dues.
 */
@ContractPayload
public record MobileMoneyPaymentStarted(
        UUID requestId,
        String reference,
        UUID clientId,
        List<UUID> invoiceIds,
        String provider,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String msisdnMasked,
        Instant holdUntil,
        Instant occurredAt) {

    public static final EventContract<MobileMoneyPaymentStarted> CONTRACT = new EventContract<>(
            "billing", "payment", "MobileMoneyPaymentStarted", 1, MobileMoneyPaymentStarted.class);

    private static final Pattern MASKED = Pattern.compile("\\+243[0-9]{2}\\*{4}[0-9]{3}");

    public MobileMoneyPaymentStarted {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(clientId, "clientId");
        invoiceIds = List.copyOf(Objects.requireNonNull(invoiceIds, "invoiceIds"));
        if (new HashSet<>(invoiceIds).size() != invoiceIds.size()) {
            throw new IllegalArgumentException("an invoice is named twice in " + invoiceIds);
        }
        BillingChecks.oneOf(BillingChecks.PROVIDERS, provider, "provider");
        amount = BillingChecks.positiveAmount(amount, "amount");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        Objects.requireNonNull(msisdnMasked, "msisdnMasked");
        if (!MASKED.matcher(msisdnMasked).matches()) {
            throw new IllegalArgumentException("msisdnMasked must hide the number as +24381****678");
        }
        Objects.requireNonNull(holdUntil, "holdUntil");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!holdUntil.isAfter(occurredAt)) {
            throw new IllegalArgumentException("holdUntil " + holdUntil + " must be after occurredAt " + occurredAt);
        }
    }

    /** {@code +24381****678}: the operator's prefix and the last three digits of a national number of 9 digits. */
    public static String mask(String nationalNumber) {
        if (nationalNumber == null || !nationalNumber.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("a national number has 9 digits");
        }
        return "+243" + nationalNumber.substring(0, 2) + "****" + nationalNumber.substring(6);
    }
}
