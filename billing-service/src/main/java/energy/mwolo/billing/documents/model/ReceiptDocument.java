package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The receipt of a confirmed payment: how much was received and how, what it paid on which invoice (each in the
 * invoice's currency), and what is left as the client's credit (in the payment's currency). An allocation in the
 * other currency was converted at {@code exchangeRate}, francs for one dollar; when none was, allocations and
 * credit add up to the amount, as in billing's PaymentReceived event.
 * Nullable: provider and providerTransactionId (mobile money only), exchangeRate (only when converted).
 */
public record ReceiptDocument(String number,
                              Instant receivedAt,
                              Customer customer,
                              Method method,
                              String provider,
                              String providerTransactionId,
                              Money amount,
                              BigDecimal exchangeRate,
                              List<Allocation> allocations,
                              Money credit) {

    private static final Map<String, String> PROVIDERS = Map.of(
            "mpesa", "M-Pesa", "airtel", "Airtel Money", "orange", "Orange Money", "africell", "Afrimoney");

    public ReceiptDocument {
        DocumentChecks.number(number, "PAY", "number");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(method, "method");
        if ((method == Method.MOBILE_MONEY) != (provider != null)) {
            throw new IllegalArgumentException("a provider goes with mobile money and only with it: " + provider);
        }
        if (provider != null) {
            DocumentChecks.text(providerTransactionId, "providerTransactionId");
        }
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a receipt is for a positive amount, not " + amount);
        }
        allocations = List.copyOf(allocations);
        DocumentChecks.sameCurrency(amount.currency(), credit, "credit");
        requireConsistentAllocations(amount, exchangeRate, allocations, credit);
    }

    private static void requireConsistentAllocations(Money amount, BigDecimal exchangeRate,
                                                     List<Allocation> allocations, Money credit) {
        var invoices = new HashSet<String>();
        boolean converted = false;
        for (Allocation allocation : allocations) {
            if (!invoices.add(allocation.invoiceNumber())) {
                throw new IllegalArgumentException(allocation.invoiceNumber() + " is allocated twice");
            }
            converted |= allocation.amount().currency() != amount.currency();
        }
        if (converted && exchangeRate == null) {
            throw new IllegalArgumentException("a converted allocation needs the exchange rate it was converted at");
        }
        if (!converted) {
            Money allocated = DocumentChecks.sum(amount.currency(),
                    allocations.stream().map(Allocation::amount).toList(), "allocations");
            DocumentChecks.equal(amount, allocated.plus(credit), "allocations and credit");
        }
    }

    /** Whether an allocation was converted at the exchange rate. */
    public boolean converted() {
        return allocations.stream().anyMatch(allocation -> allocation.amount().currency() != amount.currency());
    }

    /** The provider as clients know it ("M-Pesa"), or null for other methods. */
    public String providerName() {
        return provider == null ? null : PROVIDERS.getOrDefault(provider, provider);
    }

    /** The QR code's content: the number and the amount received. */
    public DocumentCode code() {
        return new DocumentCode(number, amount);
    }

    /** What the payment paid on one invoice, in the invoice's currency. */
    public record Allocation(String invoiceNumber, Money amount) {

        public Allocation {
            DocumentChecks.number(invoiceNumber, "FAC", "invoiceNumber");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public enum Method {
        CASH("Espèces"),
        BANK_TRANSFER("Virement bancaire"),
        MOBILE_MONEY("Mobile money"),
        CARD("Carte bancaire");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
