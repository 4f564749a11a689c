package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of a client's credit ledger: positive when a confirmed payment leaves money no invoice took
 * (or gets back what it had put on an invoice since cancelled, {@code invoiceId} naming it), negative when
 * that credit is later put on an invoice ({@code invoiceId}). The credit is the sum of the lines, never a number
 * that is overwritten, so every change can be traced to its payment.
 */
public record CreditEntry(UUID clientId, PaymentId paymentId, Money amount, InvoiceId invoiceId, Instant at) {

    public CreditEntry {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        if (amount.isZero()) {
            throw new IllegalArgumentException("A credit entry moves money");
        }
    }

    /**
     * The ledger lines a payment's event makes: its leftover on confirmation, each re-allocation's use of it; a
     * failure makes none (that money never counted).
     */
    public static List<CreditEntry> of(Payment payment, PaymentEvent event) {
        List<CreditEntry> entries = new ArrayList<>();
        if (event instanceof PaymentEvent.Confirmed confirmed && confirmed.credit().isPositive()) {
            entries.add(new CreditEntry(payment.clientId(), payment.id(), confirmed.credit(), null,
                    confirmed.occurredAt()));
        }
        if (event instanceof PaymentEvent.Reallocated reallocated) {
            for (Allocation allocation : reallocated.allocations()) {
                entries.add(new CreditEntry(payment.clientId(), payment.id(),
                        Money.zero(allocation.taken().currency()).minus(allocation.taken()), allocation.invoiceId(),
                        reallocated.occurredAt()));
            }
        }
        if (event instanceof PaymentEvent.GivenBack givenBack) {
            entries.add(new CreditEntry(payment.clientId(), payment.id(), givenBack.returned(), givenBack.invoiceId(),
                    givenBack.occurredAt()));
        }
        return List.copyOf(entries);
    }
}
