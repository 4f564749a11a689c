package energy.mwolo.billing.documents.application;

import energy.mwolo.billing.customers.Customers;
import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.Customer;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.invoices.application.BrowsingInvoices;
import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceStatus;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.payments.application.BrowsingPayments;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentStatus;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invoice's, a credit note's or a payment's receipt PDF for whoever may read it, with the same rules as the record itself (staff with
 * {@code billing:read}; a customer its own client's, another's being not found). A draft has no PDF to download: it
 * has no number yet, and is not a document a client may be sent (409 {@code billing.document.draft}; a customer
 * does not see drafts at all: 404). The records are read and mapped in one read-only transaction, which ends
 * before the PDF is drawn or read from the storage: no database connection waits on either.
 */
@Service
public class DownloadingDocuments {

    private final BrowsingInvoices browsing;
    private final Invoices invoices;
    private final Customers customers;
    private final DocumentPdfs pdfs;
    private final BrowsingPayments payments;
    private final TransactionTemplate reading;

    DownloadingDocuments(BrowsingInvoices browsing, Invoices invoices, Customers customers, DocumentPdfs pdfs,
                         BrowsingPayments payments, PlatformTransactionManager transactions) {
        this.browsing = browsing;
        this.payments = payments;
        this.invoices = invoices;
        this.customers = customers;
        this.pdfs = pdfs;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    public Pdf invoice(UUID id, CurrentUser user) {
        InvoiceDocument document = reading.execute(status -> {
            Invoice invoice = browsing.show(id, user);
            if (invoice.status() == InvoiceStatus.DRAFT) {
                throw new DraftHasNoDocument(id);
            }
            return DocumentMapping.invoice(invoice, customer(invoice),
                    DocumentMapping.site(customers.site(invoice.subject().siteId())));
        });
        return pdfs.invoice(document);
    }

    public Pdf creditNote(UUID id, CurrentUser user) {
        CreditNoteDocument document = reading.execute(status -> {
            CreditNote note = browsing.creditNote(id, user);
            Invoice invoice = invoices.byId(note.invoiceId()).orElseThrow(() -> new IllegalStateException(
                    "Credit note " + id + " without its invoice " + note.invoiceId()));
            List<CreditNote> notes = browsing.creditNotesOf(invoice);
            return DocumentMapping.creditNote(note, invoice, notes, customer(invoice));
        });
        return pdfs.creditNote(document);
    }

    /**
     * A payment's receipt, with the read rules of payments; only confirmed money has one (a pending or failed
     * payment: 409 {@code billing.document.not_confirmed}).
     */
    public Pdf receipt(UUID id, CurrentUser user) {
        ReceiptDocument document = reading.execute(status -> {
            Payment payment = payments.show(id, user);
            if (payment.status() != PaymentStatus.CONFIRMED) {
                throw new NotConfirmedHasNoReceipt(payment);
            }
            return DocumentMapping.receipt(payment, payments.invoicesOf(payment),
                    DocumentMapping.customer(payment.clientId(), customers.client(payment.clientId())));
        });
        return pdfs.receipt(document);
    }

    private Customer customer(Invoice invoice) {
        UUID clientId = invoice.subject().clientId();
        return DocumentMapping.customer(clientId, customers.client(clientId));
    }

    static final class NotConfirmedHasNoReceipt extends DomainException {
        NotConfirmedHasNoReceipt(Payment payment) {
            super(ErrorKind.CONFLICT, "billing.document.not_confirmed", null, payment.number().toString(),
                    payment.status().name().toLowerCase(Locale.ROOT));
        }
    }

    static final class DraftHasNoDocument extends DomainException {
        DraftHasNoDocument(UUID id) {
            super(ErrorKind.CONFLICT, "billing.document.draft", null, id);
        }
    }
}
