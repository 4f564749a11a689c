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

/**
 * A payment was confirmed (only confirmed payments count) and allocated: {@code allocations} says what it paid on
 * which invoice, in each invoice's currency, and {@code creditAmount}, in the payment's currency, is what is left
 * as the client's credit for later invoices. When every allocation is in the payment's currency, allocations and
 * credit add up to {@code amount}; an allocation in the other currency was converted at {@code exchangeRate} (CDF
 * for one USD). A mobile-money payment names its provider and the provider's transaction id.
 * Nullable: provider (only for mobile money), providerTransactionId (required for mobile money), exchangeRate
 * (present when an allocation was converted).
 */
@ContractPayload
public record PaymentReceived(
        UUID paymentId,
        String reference,
        UUID clientId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String method,
        String provider,
        String providerTransactionId,
        Instant receivedAt,
        Instant confirmedAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exchangeRate,
        List<Allocation> allocations,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditAmount,
        Instant occurredAt) {

    public static final EventContract<PaymentReceived> CONTRACT =
            new EventContract<>("billing", "payment", "PaymentReceived", 1, PaymentReceived.class);

    public PaymentReceived {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(clientId, "clientId");
        amount = BillingChecks.positiveAmount(amount, "amount");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        BillingChecks.oneOf(BillingChecks.METHODS, method, "method");
        BillingChecks.requireMobileMoneyProvider(method, provider);
        if (provider != null) {
            Objects.requireNonNull(providerTransactionId, "providerTransactionId");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        exchangeRate = BillingChecks.rate(exchangeRate, "exchangeRate");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        creditAmount = BillingChecks.amount(creditAmount, "creditAmount");
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireConsistentAllocations(amount, currency, exchangeRate, allocations, creditAmount);
    }

    private static void requireConsistentAllocations(BigDecimal amount, String currency, BigDecimal exchangeRate,
                                                     List<Allocation> allocations, BigDecimal creditAmount) {
        var invoices = new HashSet<UUID>();
        BigDecimal allocated = BigDecimal.ZERO;
        boolean converted = false;
        for (Allocation allocation : allocations) {
            if (!invoices.add(allocation.invoiceId())) {
                throw new IllegalArgumentException("invoice " + allocation.invoiceId() + " is allocated twice");
            }
            converted |= !allocation.currency().equals(currency);
            allocated = allocated.add(allocation.amount());
        }
        if (converted && exchangeRate == null) {
            throw new IllegalArgumentException("an allocation in another currency than " + currency
                    + " needs the exchange rate it was converted at");
        }
        if (!converted && allocated.add(creditAmount).compareTo(amount) != 0) {
            throw new IllegalArgumentException("allocations " + allocated + " and credit " + creditAmount
                    + " do not add up to the amount " + amount);
        }
    }

    /** What the payment paid on one invoice, in the invoice's currency. */
    @ContractPayload
    public record Allocation(UUID invoiceId,
                             String invoiceNumber,
                             String currency,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

        public Allocation {
            Objects.requireNonNull(invoiceId, "invoiceId");
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
            amount = BillingChecks.positiveAmount(amount, "amount");
        }
    }
}
