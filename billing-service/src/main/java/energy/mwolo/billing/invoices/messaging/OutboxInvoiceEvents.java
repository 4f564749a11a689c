package energy.mwolo.billing.invoices.messaging;

import energy.mwolo.billing.invoices.application.InvoiceChanged;
import energy.mwolo.billing.invoices.application.InvoiceEventPublisher;
import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceEvent;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.contracts.billing.InvoiceCredited;
import energy.mwolo.contracts.billing.InvoiceIssued;
import energy.mwolo.contracts.billing.InvoiceOverdue;
import energy.mwolo.contracts.billing.InvoicePaid;
import energy.mwolo.platform.outbox.Outbox;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code billing.invoice.events}, key = invoice id (an invoice's events stay in order). Each event carries the
 * amounts after the change; entities never leave the service. Every invoice published one by one is also announced
 * in-process ({@link InvoiceChanged}), even without events (a partial payment records none).
 */
@Component
class OutboxInvoiceEvents implements InvoiceEventPublisher {

    private final Outbox outbox;
    private final ApplicationEventPublisher listeners;

    OutboxInvoiceEvents(Outbox outbox, ApplicationEventPublisher listeners) {
        this.outbox = outbox;
        this.listeners = listeners;
    }

    @Override
    public void publishRecordedEvents(Invoice invoice) {
        publish(invoice, invoice.pullEvents());
    }

    private void publish(Invoice invoice, List<InvoiceEvent> events) {
        String key = invoice.id().toString();
        UUID settledBy = null;
        for (InvoiceEvent event : events) {
            if (event instanceof InvoiceEvent.Issued issued) {
                outbox.publish(InvoiceIssued.CONTRACT, key, issued(invoice, issued));
            } else if (event instanceof InvoiceEvent.Overdue overdue) {
                outbox.publish(InvoiceOverdue.CONTRACT, key, overdue(invoice, overdue));
            } else if (event instanceof InvoiceEvent.Credited credited) {
                outbox.publish(InvoiceCredited.CONTRACT, key, credited(invoice, credited));
            } else if (event instanceof InvoiceEvent.Paid paid) {
                outbox.publish(InvoicePaid.CONTRACT, key, paid(invoice, paid));
                settledBy = paid.paymentId();
            }
        }
        listeners.publishEvent(new InvoiceChanged(invoice.id().value(), invoice.subject().contractId(),
                invoice.status(), invoice.dueDate(), invoice.balance(), settledBy));
    }

    /**
     * Invoices whose only events are InvoiceIssued (a batch of new invoices) go out in one batched outbox write;
     * any other keeps its events one by one. Order matters per invoice only, which either way is kept.
     */
    @Override
    public void publishRecordedEvents(List<Invoice> invoices) {
        List<Outbox.Keyed<InvoiceIssued>> issued = new ArrayList<>(invoices.size());
        for (Invoice invoice : invoices) {
            List<InvoiceEvent> events = invoice.pullEvents();
            if (events.stream().allMatch(InvoiceEvent.Issued.class::isInstance)) {
                events.forEach(event -> issued.add(new Outbox.Keyed<>(invoice.id().toString(),
                        issued(invoice, (InvoiceEvent.Issued) event))));
            } else {
                publish(invoice, events);
            }
        }
        outbox.publishAll(InvoiceIssued.CONTRACT, issued);
    }

    private static InvoiceIssued issued(Invoice invoice, InvoiceEvent.Issued event) {
        InvoiceSubject subject = invoice.subject();
        return new InvoiceIssued(invoice.id().value(), invoice.number().toString(), subject.clientId(),
                subject.contractId(), subject.siteId(), subject.period().firstDay(), subject.period().lastDay(),
                invoice.issueDate(), invoice.dueDate(), invoice.currency().name(),
                invoice.totals().subtotal().amount(), invoice.totals().tax().amount(),
                invoice.totals().total().amount(), event.balance().amount(), event.occurredAt());
    }

    private static InvoiceOverdue overdue(Invoice invoice, InvoiceEvent.Overdue event) {
        InvoiceSubject subject = invoice.subject();
        return new InvoiceOverdue(invoice.id().value(), invoice.number().toString(), subject.clientId(),
                subject.contractId(), subject.siteId(), invoice.dueDate(), invoice.currency().name(),
                event.balance().amount(), event.daysOverdue(), event.occurredAt());
    }

    private static InvoiceCredited credited(Invoice invoice, InvoiceEvent.Credited event) {
        CreditNote note = event.creditNote();
        return new InvoiceCredited(invoice.id().value(), invoice.number().toString(), note.clientId(),
                note.contractId(), note.id(), note.number().toString(),
                event.full() ? InvoiceCredited.FULL : InvoiceCredited.PARTIAL, invoice.currency().name(),
                note.amount().amount(), event.balance().amount(), note.reason(), event.occurredAt());
    }

    private static InvoicePaid paid(Invoice invoice, InvoiceEvent.Paid event) {
        InvoiceSubject subject = invoice.subject();
        return new InvoicePaid(invoice.id().value(), invoice.number().toString(), subject.clientId(),
                subject.contractId(), invoice.currency().name(), invoice.totals().total().amount(),
                event.occurredAt(), event.paymentId(), event.occurredAt());
    }
}
