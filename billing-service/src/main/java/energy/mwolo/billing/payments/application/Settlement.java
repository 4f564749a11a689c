package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.invoices.application.InvoiceEventPublisher;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Conversion;
import energy.mwolo.billing.payments.model.CreditEntry;
import energy.mwolo.billing.payments.model.OpenInvoice;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentEvent;
import energy.mwolo.billing.payments.model.PaymentTarget;
import energy.mwolo.billing.payments.model.Payments;
import energy.mwolo.billing.rates.model.ExchangeRates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms payments and moves their money onto invoices, in the caller's transaction. Every path that puts money on
 * an invoice ends here: the invoice takes its share on its locked aggregate ({@link Invoice#allocate}) and its
 * events leave through {@link InvoiceEventPublisher} (InvoicePaid, and what other features hook onto it); the
 * payment's credit ledger lines and its own events follow. Locks: the payment first, then invoices in id order, so
 * two requests on the same payment queue instead of deadlocking.
 */
@Component
public class Settlement {

    private final Payments payments;
    private final Invoices invoices;
    private final OpenInvoiceIds openInvoices;
    private final ExchangeRates rates;
    private final InvoiceEventPublisher invoiceEvents;
    private final PaymentEventPublisher paymentEvents;
    private final BusinessTime time;

    Settlement(Payments payments, Invoices invoices, OpenInvoiceIds openInvoices, ExchangeRates rates,
               InvoiceEventPublisher invoiceEvents, PaymentEventPublisher paymentEvents, BusinessTime time) {
        this.payments = payments;
        this.invoices = invoices;
        this.openInvoices = openInvoices;
        this.rates = rates;
        this.invoiceEvents = invoiceEvents;
        this.paymentEvents = paymentEvents;
        this.time = time;
    }

    /**
     * Confirms a pending payment (already stored, and locked by the caller unless it was just added) and allocates
     * it: to the invoices it names, in their order, else to its contract's or client's open invoices, oldest due
     * first; the rest is credit. A named invoice settled or cancelled since the payment came in is passed over
     * (the bank's confirmation cannot be refused for it): its share stays credit. A conversion takes the rate of the
     * received day (409 when none is known).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Allocation> confirm(Payment payment) {
        return confirm(payment, payments::update);
    }

    /**
     * Confirms and allocates, as {@link #confirm}, a payment received in this transaction and not stored yet, then
     * stores it once, confirmed (money that counts as soon as it arrives: cash at the counter, a mobile-money credit).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Allocation> confirmNew(Payment payment) {
        return confirm(payment, payments::add);
    }

    private List<Allocation> confirm(Payment payment, Consumer<Payment> store) {
        PaymentTarget target = payment.target();
        List<UUID> ids = target.namesInvoices()
                ? target.invoices().stream().map(InvoiceId::value).toList()
                : openInvoices.of(payment.clientId(), target.contractId());
        Map<InvoiceId, Invoice> locked = lockInIdOrder(ids);
        List<Invoice> ordered = new ArrayList<>();
        for (UUID id : ids) {
            Invoice invoice = locked.get(new InvoiceId(id));
            if (invoice.status().isOpen() && invoice.subject().clientId().equals(payment.clientId())) {
                ordered.add(invoice);
            }
        }
        List<OpenInvoice> open = ordered.stream().map(Settlement::open).toList();
        if (!target.namesInvoices()) {
            open = open.stream().sorted(OpenInvoice.OLDEST_DUE_FIRST).toList();
        }
        Currency currency = payment.amount().currency();
        boolean converts = ordered.stream().anyMatch(invoice -> invoice.currency() != currency);
        Conversion conversion = converts ? new Conversion(rates.effectiveOn(payment.receivedDay()).cdfPerUsd()) : null;
        List<Allocation> made = payment.confirm(conversion, open, time.now());
        apply(payment, made, locked, store);
        return made;
    }

    /** Fails a pending payment the caller locked: nothing was allocated, PaymentFailed leaves. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void fail(Payment payment, String reason) {
        payment.fail(reason, time.now());
        apply(payment, List.of(), Map.of());
    }

    /**
     * Puts up to {@code asked} of a locked payment's credit on a locked invoice (its share as the model computes
     * it), then stores both and publishes their events.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Allocation> reallocate(Payment payment, Invoice invoice, Conversion conversion,
                                Money asked) {
        List<Allocation> made = payment.reallocate(asked, conversion, List.of(open(invoice)), time.now());
        apply(payment, made, Map.of(invoice.id(), invoice));
        return made;
    }

    /** Gives back to a locked payment what it had put on a cancelled invoice; stores it and records the credit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void giveBack(Payment payment, Invoice cancelled) {
        payment.giveBack(cancelled.id(), time.now());
        apply(payment, List.of(), Map.of(cancelled.id(), cancelled));
    }

    /** The rate a payment's credit converts at: the one it kept, else its received day's, else none. */
    Conversion conversionOf(Payment payment) {
        if (payment.conversion() != null) {
            return payment.conversion();
        }
        return rates.latestBetween(payment.receivedDay().minusDays(ExchangeRates.MAX_AGE_DAYS), payment.receivedDay())
                .map(rate -> new Conversion(rate.cdfPerUsd())).orElse(null);
    }

    Map<InvoiceId, Invoice> lockInIdOrder(List<UUID> ids) {
        Map<InvoiceId, Invoice> locked = new LinkedHashMap<>();
        ids.stream().distinct().sorted(Comparator.naturalOrder()).forEach(id -> locked.put(new InvoiceId(id),
                invoices.lock(new InvoiceId(id)).orElseThrow(() -> PaymentRefused.unknownInvoice("invoices", id))));
        return locked;
    }

    private void apply(Payment payment, List<Allocation> made, Map<InvoiceId, Invoice> invoicesById) {
        apply(payment, made, invoicesById, payments::update);
    }

    /** Stores the payment first: what the invoices and the credit ledger record of it refers to it. */
    private void apply(Payment payment, List<Allocation> made, Map<InvoiceId, Invoice> invoicesById,
                       Consumer<Payment> store) {
        store.accept(payment);
        for (Allocation allocation : made) {
            Invoice invoice = invoicesById.get(allocation.invoiceId());
            invoice.allocate(allocation.settled(), payment.id().value(), time.now());
            invoices.update(invoice);
            invoiceEvents.publishRecordedEvents(invoice);
        }
        List<PaymentEvent> events = payment.pullEvents();
        for (PaymentEvent event : events) {
            payments.record(CreditEntry.of(payment, event));
        }
        paymentEvents.publish(payment, events, invoicesById);
    }

    static OpenInvoice open(Invoice invoice) {
        return new OpenInvoice(invoice.id(), invoice.number(), invoice.dueDate(), invoice.balance());
    }
}
