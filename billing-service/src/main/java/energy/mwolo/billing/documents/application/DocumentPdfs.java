package energy.mwolo.billing.documents.application;

import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.documents.pdf.PdfRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Service;

/**
 * The PDFs of billing's documents, for whoever serves or sends them, rendered once per revision and kept
 * ({@link DocumentStore}). The revision is a digest of everything the document prints: an invoice paid, credited or
 * overdue since, or whose client or site crm described anew, is a new revision, rendered again; the same document
 * asked for again is served as it was first rendered. A number given again to another document (a database restored
 * without its files) is another revision too, never someone else's PDF. A draft invoice is rendered afresh every
 * time and never kept: it still changes, and has no number to be kept under.
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
        return store.keptOrRendered(DocumentKind.CREDIT_NOTE, creditNote.number(), revision(creditNote),
                () -> renderer.creditNote(creditNote));
    }

    public Pdf receipt(ReceiptDocument receipt) {
        return store.keptOrRendered(DocumentKind.RECEIPT, receipt.number(), revision(receipt),
                () -> renderer.receipt(receipt));
    }

    /**
     * The first 16 hex digits of the SHA-256 of the document record's text. A record's text names every component,
     * nested records, lists, decimals, dates and enum constants included, the same on every JVM: it changes exactly
     * when something the page prints does (the company's details aside: they are the renderer's).
     */
    public static String revision(Record document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(document.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
