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

    Issuance(DocumentNumbers numbers, InvoiceSettings settings, Invoices invoices, InvoiceEventPublisher events) {
        this.numbers = numbers;
        this.settings = settings;
        this.invoices = invoices;
        this.events = events;
    }

    public void issue(List<Invoice> drafts, LocalDate day, Instant now) {
        List<DocumentNumber> taken = numbers.next(DocumentNumber.INVOICE, day.getYear(), drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).issue(taken.get(i), day, settings.paymentTermsDays(), now);
        }
    }

    /**
     * Issues new drafts (never stored yet), stores them and publishes their InvoiceIssued, all in the caller's
     * transaction: a billing run's batch. A contract's month invoiced meanwhile fails the whole call.
     */
    public void issueAndStore(List<Invoice> drafts, LocalDate day, Instant now) {
        issue(drafts, day, now);
        invoices.addAll(drafts);
        events.publishRecordedEvents(drafts);
    }
}
