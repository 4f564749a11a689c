package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.invoices.model.Invoice;
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

    Issuance(DocumentNumbers numbers, InvoiceSettings settings) {
        this.numbers = numbers;
        this.settings = settings;
    }

    public void issue(List<Invoice> drafts, LocalDate day, Instant now) {
        List<DocumentNumber> taken = numbers.next(DocumentNumber.INVOICE, day.getYear(), drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).issue(taken.get(i), day, settings.paymentTermsDays(), now);
        }
    }
}
