package energy.mwolo.billing.documents.pdf;

import energy.mwolo.billing.documents.model.CompanyDetails;
import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platform.documents.DocumentFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Draws documents as A4 PDFs in French, with the company's details and the embedded fonts. Safe to share between
 * threads: each call builds its own PDF document.
 */
public final class PdfRenderer {

    static final String PRODUCER = "Mwolo Energy billing-service (Apache PDFBox)";

    private final CompanyDetails company;
    private final DocumentFonts fonts;
    private final BusinessTime time;

    public PdfRenderer(CompanyDetails company, DocumentFonts fonts, BusinessTime time) {
        this.company = company;
        this.fonts = fonts;
        this.time = time;
    }

    public byte[] invoice(InvoiceDocument invoice) {
        return render(InvoiceLayout.title(invoice), invoice.customer().name(),
                (flow, sections) -> InvoiceLayout.draw(invoice, flow, sections));
    }

    public byte[] creditNote(CreditNoteDocument creditNote) {
        return render("Avoir " + creditNote.number(), creditNote.customer().name(),
                (flow, sections) -> CreditNoteLayout.draw(creditNote, sections));
    }

    public byte[] receipt(ReceiptDocument receipt) {
        return render("Reçu " + receipt.number(), receipt.customer().name(),
                (flow, sections) -> ReceiptLayout.draw(receipt, flow, sections));
    }

    @FunctionalInterface
    private interface Layout {
        void draw(PageFlow flow, Sections sections) throws IOException;
    }

    private byte[] render(String title, String client, Layout layout) {
        // The document closes before the lease: the fonts go back once the subsets were cut, at save.
        try (DocumentFonts.Lease lease = fonts.lease(); PDDocument document = new PDDocument()) {
            describe(document, title, client);
            PageFlow flow = new PageFlow(document, lease.embedIn(document));
            Sections sections = new Sections(flow, company);
            layout.draw(flow, sections);
            flow.finish(sections.footer());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + title, e);
        }
    }

    private void describe(PDDocument document, String title, String client) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setSubject(title + " — " + client);
        information.setAuthor(company.name());
        information.setCreator(company.name());
        information.setProducer(PRODUCER);
        information.setCreationDate(GregorianCalendar.from(time.now().atZone(BusinessTime.ZONE)));
        document.getDocumentCatalog().setLanguage("fr-CD");
    }
}
