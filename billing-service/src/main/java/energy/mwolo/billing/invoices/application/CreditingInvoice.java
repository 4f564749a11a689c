package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.CreditNotes;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceNotFound;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.numbering.DocumentNumbers;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes {@code AV-<YYYY>-<NNNNNN>}: for part of an invoice's balance, or (no amount, or {@link #cancel}) the
 * whole invoice, which cancels it. The invoice is locked meanwhile, so two credit notes cannot both fit a balance
 * that holds only one. A cancelled invoice's payments become the client's credit again ({@link CancelledInvoices}).
 */
@Service
public class CreditingInvoice {

    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final DocumentNumbers numbers;
    private final InvoiceEventPublisher events;
    private final BusinessTime time;
    private final CancelledInvoices cancellations;

    CreditingInvoice(Invoices invoices, CreditNotes creditNotes, DocumentNumbers numbers,
                     InvoiceEventPublisher events, BusinessTime time, CancelledInvoices cancellations) {
        this.cancellations = cancellations;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.numbers = numbers;
        this.events = events;
        this.time = time;
    }

    /** @param amount tax included, in the invoice's currency; null for the whole invoice */
    @Transactional
    public CreditNote credit(InvoiceId id, BigDecimal amount, String reason, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        if (amount == null) {
            cancellations.cancelling(id);
        }
        Invoice invoice = invoices.lock(id).orElseThrow(() -> new InvoiceNotFound(id.value()));
        LocalDate today = time.today();
        CreditNote note = amount == null
                ? invoice.cancel(next(today), reason, today, time.now())
                : invoice.credit(next(today), Money.positive(amount, invoice.currency(), "amount"), reason, today,
                        time.now());
        CreditNote recorded = record(invoice, note);
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            cancellations.cancelled(invoice);
        }
        return recorded;
    }

    @Transactional
    public CreditNote cancel(InvoiceId id, String reason, CurrentUser user) {
        return credit(id, null, reason, user);
    }

    private CreditNote record(Invoice invoice, CreditNote note) {
        creditNotes.add(note);
        invoices.update(invoice);
        events.publishRecordedEvents(invoice);
        return note;
    }

    private DocumentNumber next(LocalDate today) {
        return numbers.next(DocumentNumber.CREDIT_NOTE, today.getYear());
    }
}
