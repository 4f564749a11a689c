package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceNotFound;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a draft today: its number, its due date, InvoiceIssued, and the client's credit put on it. Issuing twice is
 * a 409.
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
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        Invoice invoice = invoices.lock(id).orElseThrow(() -> new InvoiceNotFound(id.value()));
        issuance.issue(List.of(invoice), time.today(), time.now());
        invoices.update(invoice);
        events.publishRecordedEvents(invoice);
        issuance.stored(List.of(invoice));
        return invoice;
    }
}
