package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceNotFound;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft may be thrown away (it has no number and nobody heard of it); an issued invoice is only ever cancelled by
 * a credit note.
 */
@Service
public class DiscardingDraft {

    private final Invoices invoices;

    DiscardingDraft(Invoices invoices) {
        this.invoices = invoices;
    }

    @Transactional
    public void discard(InvoiceId id, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        Invoice invoice = invoices.lock(id).orElseThrow(() -> new InvoiceNotFound(id.value()));
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new OnlyDraftsAreDiscarded(invoice.number().toString());
        }
        invoices.deleteDraft(id);
    }

    static final class OnlyDraftsAreDiscarded extends DomainException {
        OnlyDraftsAreDiscarded(String number) {
            super(ErrorKind.CONFLICT, "billing.invoice.not_a_draft", null, number);
        }
    }
}
