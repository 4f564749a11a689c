package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceNotFound;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a draft today: its number, its due date, InvoiceIssued, and the client's credit put on it. Issuing twice is
 * a 409. An invoice may also be dated an earlier day ({@link #issueDatedOn}): a month billed outside the platform and
 * recorded afterwards, or the dev customer's history; that is never offered over HTTP.
 */
@Service
public class IssuingInvoice {

    private final Invoices invoices;
    private final Issuance issuance;
    private final InvoiceEventPublisher events;
    private final BusinessTime time;

    IssuingInvoice(Invoices invoices, Issuance issuance, InvoiceEventPublisher events, BusinessTime time) {
        this.invoices = invoices;
        this.issuance = issuance;
        this.events = events;
        this.time = time;
    }

    @Transactional
    public Invoice issue(InvoiceId id, CurrentUser user) {
        return issueDatedOn(id, time.today(), user);
    }

    /**
     * Issues a draft dated {@code day} (today or before): numbered in that day's year, due after the payment terms
     * from that day, so it may be overdue at once ({@link MarkingOverdueInvoices#markOverdue(InvoiceId)}). Its event
     * is published now, as it happens.
     */
    @Transactional
    public Invoice issueDatedOn(InvoiceId id, LocalDate day, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        if (day.isAfter(time.today())) {
            throw new IllegalArgumentException("An invoice is not issued on a day to come: " + day);
        }
        Invoice invoice = invoices.lock(id).orElseThrow(() -> new InvoiceNotFound(id.value()));
        issuance.issue(List.of(invoice), day, time.now());
        invoices.update(invoice);
        events.publishRecordedEvents(invoice);
        issuance.stored(List.of(invoice));
        return invoice;
    }
}
