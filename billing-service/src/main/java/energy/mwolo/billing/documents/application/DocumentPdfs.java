package energy.mwolo.billing.documents.application;

import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.documents.pdf.PdfRenderer;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The PDFs of billing's documents, for whoever serves or sends them, rendered once and kept ({@link DocumentStore}).
 * A credit note or a receipt never changes: one file each ({@code credit-notes/2026/AV-...}, {@code receipts/...}).
 * An invoice does (a payment, a credit note, overdue): it is kept per revision, its status with what was paid and
 * credited on it, so the PDF always shows the balance of the moment, and a revision asked for again is served as it
 * was first rendered. A draft invoice is rendered afresh every time and never kept: it still changes, and has no
 * number to be kept under.
 */
@Service
public class DocumentPdfs {

    private final PdfRenderer renderer;
    private final DocumentStore store;

    DocumentPdfs(PdfRenderer renderer, DocumentStore store) {
        this.renderer = renderer;
        this.store = store;
    }

    public Pdf invoice(InvoiceDocument invoice) {
        if (invoice.isDraft()) {
            return new Pdf("facture-brouillon.pdf", renderer.invoice(invoice));
        }
        return store.keptOrRendered(DocumentKind.INVOICE, invoice.number(), revision(invoice),
                () -> renderer.invoice(invoice));
    }

    public Pdf creditNote(CreditNoteDocument creditNote) {
        return store.keptOrRendered(DocumentKind.CREDIT_NOTE, creditNote.number(), null,
                () -> renderer.creditNote(creditNote));
    }

    public Pdf receipt(ReceiptDocument receipt) {
        return store.keptOrRendered(DocumentKind.RECEIPT, receipt.number(), null, () -> renderer.receipt(receipt));
    }

    /**
     * What of an issued invoice changes over its life: its status, what was paid and what was credited on it
     * ({@code overdue-paid-10.00-credited-0.00}); the balance follows from them. The client's and the site's
     * names and addresses are not part of it: an invoice keeps those it was first printed with.
     */
    static String revision(InvoiceDocument invoice) {
        return invoice.status().name().toLowerCase(Locale.ROOT) + "-paid-" + invoice.amountPaid().amount()
                .toPlainString() + "-credited-" + invoice.amountCredited().amount().toPlainString();
    }
}
