package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.numbering.DocumentNumbers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Issues drafts on a day: numbers of that day's year, taken together in the caller's transaction (a batch holds
 * the counter once), due after the payment terms.
 */
@Component
public class Issuance {

    private final DocumentNumbers numbers;
    private final InvoiceSettings settings;
    private final Invoices invoices;
    private final InvoiceEventPublisher events;
    private final List<IssuedInvoices> followers;

    Issuance(DocumentNumbers numbers, InvoiceSettings settings, Invoices invoices, InvoiceEventPublisher events,
             List<IssuedInvoices> followers) {
        this.numbers = numbers;
        this.settings = settings;
        this.invoices = invoices;
        this.events = events;
        this.followers = followers;
    }

    public void issue(List<Invoice> drafts, LocalDate day, Instant now) {
        List<DocumentNumber> taken = numbers.next(DocumentNumber.INVOICE, day.getYear(), drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).issue(taken.get(i), day, settings.paymentTermsDays(), now);
        }
    }

    /**
     * Issues new drafts (never stored yet), stores them, publishes their InvoiceIssued and lets the clients' credit
     * pay them, all in the caller's transaction: a billing run's batch. A contract's month invoiced meanwhile fails the whole call.
     */
    public void issueAndStore(List<Invoice> drafts, LocalDate day, Instant now) {
        issue(drafts, day, now);
        invoices.addAll(drafts);
        events.publishRecordedEvents(drafts);
        stored(drafts);
    }

    /** Invoices just issued, stored and published: what follows an issue (the client's credit pays them). */
    public void stored(List<Invoice> issued) {
        followers.forEach(follower -> follower.issued(issued));
    }
}
