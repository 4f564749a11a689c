package energy.mwolo.billing.documents.application;

import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.documents.pdf.PdfRenderer;
import org.springframework.stereotype.Service;

/**
 * The PDFs of billing's documents, for whoever serves or sends them. An issued invoice, a credit note or a receipt
 * is rendered once and kept ({@code invoices/2026/FAC-2026-000123.pdf}, {@code credit-notes/2026/AV-...},
 * {@code receipts/2026/PAY-...}): later calls serve the kept document whatever the invoice became since (paid,
 * overdue, cancelled by a credit note), as a printed document does not change. Asking for an invoice's PDF right
 * after issuing it keeps it as issued. A draft invoice is rendered afresh every time and never kept: it still
 * changes, and has no number to be kept under. A receipt is only for a confirmed payment.
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
        return store.keptOrRendered("invoices", invoice.number(), () -> renderer.invoice(invoice));
    }

    public Pdf creditNote(CreditNoteDocument creditNote) {
        return store.keptOrRendered("credit-notes", creditNote.number(), () -> renderer.creditNote(creditNote));
    }

    public Pdf receipt(ReceiptDocument receipt) {
        return store.keptOrRendered("receipts", receipt.number(), () -> renderer.receipt(receipt));
    }
}
