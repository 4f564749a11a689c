package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.kernel.Money;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** All payments, and the clients' credit ledger ({@link CreditEntry}) they leave. */
public interface Payments {

    void add(Payment payment);

    Optional<Payment> byId(PaymentId id);

    /** The payment locked until the transaction ends: allocations of one payment apply one after the other. */
    Optional<Payment> lock(PaymentId id);

    /** Stores the state the payment reached (status, rate, allocations). */
    void update(Payment payment);

    void record(List<CreditEntry> entries);

    /** The client's credit in each currency it holds some (positive amounts only). */
    List<Money> creditOf(UUID clientId);

    /** The client's confirmed payments that still hold credit, oldest received first. */
    List<PaymentId> holdingCredit(UUID clientId);

    /** Of these clients, those with credit in some currency: one query for a whole batch. */
    Set<UUID> withCredit(Collection<UUID> clientIds);

    /** The confirmed payments with a share still on the invoice (none given back yet). */
    List<PaymentId> allocatedTo(InvoiceId invoiceId);
}
