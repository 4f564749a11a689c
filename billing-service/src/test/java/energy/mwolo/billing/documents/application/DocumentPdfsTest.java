package energy.mwolo.billing.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.documents.RenderedPdf;
import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.Customer;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.InvoiceDocument.Status;
import energy.mwolo.billing.documents.pdf.PdfRenderer;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.platform.documents.DocumentFonts;
import energy.mwolo.platform.storage.FileStorage;
import energy.mwolo.platform.storage.FilesystemStorage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDFs kept in the platform's filesystem storage, as the service keeps them. */
class DocumentPdfsTest {

    private static PdfRenderer renderer;

    @TempDir
    Path root;

    @BeforeAll
    static void fonts() {
        renderer = new PdfRenderer(DocumentFixtures.company(), DocumentFonts.load(), BusinessTime.system());
    }

    private DocumentPdfs pdfs(FileStorage storage) {
        return new DocumentPdfs(renderer, new DocumentStore(storage, new SimpleMeterRegistry()));
    }

    private static final String ISSUED = "invoices/2026/FAC-2026-000123/"
            + DocumentPdfs.revision(DocumentFixtures.invoice()) + ".pdf";

    @Test
    void keepsAnIssuedInvoiceUnderItsNumberAndRevisionAndServesTheKeptOneWhileNothingChanged() throws Exception {
        DocumentPdfs pdfs = pdfs(new FilesystemStorage(root));
        InvoiceDocument issued = DocumentFixtures.invoice();

        Pdf first = pdfs.invoice(issued);
        Files.write(root.resolve(ISSUED), "%PDF-kept".getBytes());
        Pdf again = pdfs.invoice(DocumentFixtures.invoice());

        assertThat(first.fileName()).isEqualTo("FAC-2026-000123.pdf");
        assertThat(new RenderedPdf(first.content()).text()).contains("Statut : Émise");
        assertThat(again.content()).asString().isEqualTo("%PDF-kept");
    }

    @Test
    void rendersAnInvoiceAgainOnceItsBalanceChangedAndKeepsTheEarlierRevision() throws Exception {
        DocumentPdfs pdfs = pdfs(new FilesystemStorage(root));
        InvoiceDocument issued = DocumentFixtures.invoice();
        Pdf first = pdfs.invoice(issued);

        InvoiceDocument paidSince = DocumentFixtures.invoice(issued.number(), Status.PAID, Currency.USD,
                issued.lines(), "1234.56");
        Pdf later = pdfs.invoice(paidSince);

        assertThat(later.fileName()).isEqualTo("FAC-2026-000123.pdf");
        assertThat(new RenderedPdf(later.content()).text()).contains("Statut : Payée");
        assertThat(root.resolve("invoices/2026/FAC-2026-000123/" + DocumentPdfs.revision(paidSince) + ".pdf"))
                .hasBinaryContent(later.content());
        assertThat(root.resolve(ISSUED)).hasBinaryContent(first.content());
    }

    @Test
    void aNumberGivenAgainToAnotherClientsInvoiceIsRenderedForItNotServedFromTheEarlierOne() {
        DocumentPdfs pdfs = pdfs(new FilesystemStorage(root));
        InvoiceDocument earlier = DocumentFixtures.invoice();
        pdfs.invoice(earlier);
        InvoiceDocument another = new InvoiceDocument(earlier.number(), earlier.status(), earlier.issueDate(),
                earlier.dueDate(), earlier.periodStart(), earlier.periodEnd(),
                new Customer("CL-2026-000099", "Kasongo Ilunga Aimé", null), earlier.site(), "CT-2026-000099",
                earlier.currency(), earlier.lines(), earlier.subtotal(), earlier.taxes(), earlier.total(),
                earlier.amountPaid(), earlier.amountCredited(), earlier.balance());

        Pdf pdf = pdfs.invoice(another);

        assertThat(new RenderedPdf(pdf.content()).text()).contains("Kasongo Ilunga Aimé")
                .doesNotContain(DocumentFixtures.CLIENT);
    }

    @Test
    void rendersADraftAfreshEachTimeAndKeepsNone() throws Exception {
        DocumentPdfs pdfs = pdfs(new FilesystemStorage(root));
        InvoiceDocument draft = DocumentFixtures.invoice(null, Status.DRAFT, Currency.USD,
                DocumentFixtures.invoice().lines(), "0");

        Pdf pdf = pdfs.invoice(draft);

        assertThat(pdf.fileName()).isEqualTo("facture-brouillon.pdf");
        assertThat(new RenderedPdf(pdf.content()).text()).contains("FACTURE (BROUILLON)");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keepsCreditNotesAndReceiptsInTheirOwnFolders() {
        DocumentPdfs pdfs = pdfs(new FilesystemStorage(root));

        CreditNoteDocument note = DocumentFixtures.creditNote(CreditNoteDocument.Kind.PARTIAL);
        Pdf creditNote = pdfs.creditNote(note);
        Pdf receipt = pdfs.receipt(DocumentFixtures.convertedReceipt());

        assertThat(root.resolve("credit-notes/2026/AV-2026-000007/" + DocumentPdfs.revision(note) + ".pdf"))
                .hasBinaryContent(creditNote.content());
        assertThat(root.resolve("receipts/2026/PAY-2026-000045/"
                + DocumentPdfs.revision(DocumentFixtures.convertedReceipt()) + ".pdf"))
                .hasBinaryContent(receipt.content());
        assertThat(receipt.fileName()).isEqualTo("PAY-2026-000045.pdf");
    }

    @Test
    void servesADocumentItCouldNotStoreAndStoresItAtTheNextRequest() {
        FailingOnce storage = new FailingOnce(root);
        DocumentPdfs pdfs = pdfs(storage);

        Pdf unstored = pdfs.invoice(DocumentFixtures.invoice());
        assertThat(new RenderedPdf(unstored.content()).text()).contains("FAC-2026-000123");
        assertThat(storage.exists(ISSUED)).isFalse();

        Pdf stored = pdfs.invoice(DocumentFixtures.invoice());
        assertThat(root.resolve(ISSUED)).hasBinaryContent(stored.content());
    }

    @Test
    void twoFirstRequestsAtOnceBothGetTheInvoiceAndOneWholeCopyIsKept() throws Exception {
        DocumentPdfs pdfs = pdfs(new FilesystemStorage(root));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Pdf>> answers = threads.invokeAll(List.of(() -> {
                together.await();
                return pdfs.invoice(DocumentFixtures.invoice());
            }, () -> {
                together.await();
                return pdfs.invoice(DocumentFixtures.invoice());
            }));

            byte[] kept = Files.readAllBytes(root.resolve(ISSUED));
            for (Future<Pdf> answer : answers) {
                assertThat(new RenderedPdf(answer.get().content()).text()).contains("FAC-2026-000123");
            }
            assertThat(new RenderedPdf(kept).text()).contains("FAC-2026-000123", "Statut : Émise");
        } finally {
            threads.shutdownNow();
        }
    }

    /** A storage whose first write fails, as a full disk or an unreachable bucket would. */
    private static final class FailingOnce extends FilesystemStorage {

        private boolean failed;

        FailingOnce(Path root) {
            super(root);
        }

        @Override
        public StoredFile put(String key, InputStream content) {
            if (!failed) {
                failed = true;
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
            return super.put(key, content);
        }
    }
}
