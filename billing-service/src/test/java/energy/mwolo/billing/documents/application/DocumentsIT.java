package energy.mwolo.billing.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.documents.RenderedPdf;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.platform.storage.FileStorage;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service as configured: the company from its settings on the PDF, the PDF in the platform's file storage. */
class DocumentsIT extends AbstractApiIT {

    @Autowired
    private DocumentPdfs pdfs;

    @Autowired
    private FileStorage storage;

    @Test
    void printsTheConfiguredCompanyAndKeepsTheInvoiceInTheServicesFileStorage() {
        // A number of its own: the storage outlives the test run.
        String number = "FAC-2026-9%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        InvoiceDocument invoice = DocumentFixtures.invoice(number, InvoiceDocument.Status.ISSUED, Currency.USD,
                DocumentFixtures.invoice().lines(), "0");

        Pdf pdf = pdfs.invoice(invoice);

        assertThat(new RenderedPdf(pdf.content()).flatText()).contains("Mwolo Energy SARL",
                "RCCM : CD/KNG/RCCM/24-B-01234", "Virement : Rawbank, compte 05100-01234567890-12 (USD).",
                "Virement : Equity BCDC", "Orange Money", number, DocumentFixtures.CLIENT);
        assertThat(storage.exists(DocumentStore.key(DocumentKind.INVOICE, number, DocumentPdfs.revision(invoice))))
                .isTrue();
    }
}
