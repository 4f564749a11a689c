package energy.mwolo.billing.invoices.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.CreditNotes;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceNotFound;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and credit notes for whoever reads billing: staff see all; a customer only its own client's issued ones
 * (another client's, or a draft, is not found; a customer without client sees none).
 */
@Service
@Transactional(readOnly = true)
public class BrowsingInvoices {

    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final InvoiceDirectory directory;

    BrowsingInvoices(Invoices invoices, CreditNotes creditNotes, InvoiceDirectory directory) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.directory = directory;
    }

    public InvoiceQuery query(String status, UUID client, UUID contract, String period, UUID run, String search,
                              String ordering, CurrentUser user) {
        return new InvoiceQuery(status == null ? null : Codes.parse(InvoiceStatus.class, status, "status"), client,
                contract, period == null ? null : BillingPeriod.parse(period, "period"), run,
                search == null || search.isBlank() ? null : search.strip(), InvoiceOrdering.parse(ordering),
                BillingAccess.readScope(user));
    }

    public long count(InvoiceQuery query) {
        return query.scope().seesNothing() ? 0 : directory.count(query);
    }

    public List<InvoiceSummary> find(InvoiceQuery query, long offset, int limit) {
        return query.scope().seesNothing() ? List.of() : directory.find(query, offset, limit);
    }

    public Invoice show(UUID id, CurrentUser user) {
        BillingAccess.ReadScope scope = BillingAccess.readScope(user);
        return invoices.byId(new InvoiceId(id))
                .filter(invoice -> scope.allows(invoice.subject().clientId()))
                .filter(invoice -> !scope.restricted() || invoice.status() != InvoiceStatus.DRAFT)
                .orElseThrow(() -> new InvoiceNotFound(id));
    }

    /** The invoice's credit notes, for someone who may see the invoice. */
    public List<CreditNote> creditNotesOf(Invoice invoice) {
        return creditNotes.ofInvoice(invoice.id());
    }

    public CreditNote creditNote(UUID id, CurrentUser user) {
        BillingAccess.ReadScope scope = BillingAccess.readScope(user);
        return creditNotes.byId(id).filter(note -> scope.allows(note.clientId()))
                .orElseThrow(() -> new CreditNoteNotFound(id));
    }

    static final class CreditNoteNotFound extends DomainException {
        CreditNoteNotFound(UUID id) {
            super(ErrorKind.NOT_FOUND, "billing.credit_note.not_found", null, id);
        }
    }
}
