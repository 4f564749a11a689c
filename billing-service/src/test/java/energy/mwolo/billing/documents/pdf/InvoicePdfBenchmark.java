package energy.mwolo.billing.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.documents.model.DocumentLine;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.platform.documents.DocumentFonts;
import energy.mwolo.platformtest.Benchmark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Invoices rendered per second on one thread, after warm-up: 1,000 typical invoices of 5 to 10 lines, against the
 * least a PDF with the same fonts costs (one page, one line in each font, the same embedding and saving), measured
 * in the same run, alternated round by round so that both meet the same background load. Prints
 * {@code BENCHMARK billing.pdf}; fails only far below the aim of 50 invoices a second (build machines are shared).
 */
class InvoicePdfBenchmark {

    private static final int INVOICES = 1000;
    private static final int ROUNDS = 10;
    private static final double AIM = 50;

    private final DocumentFonts fonts = DocumentFonts.load();
    private final PdfRenderer renderer = new PdfRenderer(DocumentFixtures.company(), fonts, BusinessTime.system());

    @Test
    void rendersTypicalInvoicesWellAboveFiftyASecond() throws IOException {
        List<InvoiceDocument> invoices = IntStream.range(0, INVOICES).mapToObj(InvoicePdfBenchmark::typical).toList();
        for (int i = 0; i < 200; i++) {
            renderer.invoice(invoices.get(i));
            minimal("FAC-2026-%06d".formatted(i));
        }

        long[] invoiceNanos = new long[INVOICES];
        long invoiceTotal = 0;
        long minimalTotal = 0;
        long bytes = 0;
        int perRound = INVOICES / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = round * perRound; i < (round + 1) * perRound; i++) {
                long start = System.nanoTime();
                bytes += renderer.invoice(invoices.get(i)).length;
                invoiceNanos[i] = System.nanoTime() - start;
                invoiceTotal += invoiceNanos[i];
            }
            long start = System.nanoTime();
            for (int i = round * perRound; i < (round + 1) * perRound; i++) {
                minimal(invoices.get(i).number());
            }
            minimalTotal += System.nanoTime() - start;
        }

        double invoicesPerSecond = INVOICES / (invoiceTotal / 1e9);
        double minimalPerSecond = INVOICES / (minimalTotal / 1e9);
        Arrays.sort(invoiceNanos);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("invoices_per_s", invoicesPerSecond);
        figures.put("minimal_per_s", minimalPerSecond);
        figures.put("p50_ms", invoiceNanos[INVOICES / 2] / 1e6);
        figures.put("p99_ms", invoiceNanos[INVOICES * 99 / 100] / 1e6);
        figures.put("kb_per_invoice", bytes / 1024.0 / INVOICES);
        figures.put("invoices", INVOICES);
        Benchmark.report("billing.pdf", figures,
                Benchmark.Ratio.of("invoice", invoicesPerSecond, "minimal", minimalPerSecond));

        assertThat(invoicesPerSecond).as("invoices rendered per second").isGreaterThan(AIM / 2);
    }

    /** 5 to 10 lines, as a monthly invoice of energy, subscription, meter rental and taxes has. */
    private static InvoiceDocument typical(int i) {
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(DocumentFixtures.line("Énergie active consommée, relevé du 31/03/2026, compteur MW-" + (40_000 + i),
                Integer.toString(200 + i % 700), "kWh", "0.25", "%d.%02d".formatted((200 + i % 700) / 4,
                        (200 + i % 700) % 4 * 25)));
        lines.add(DocumentFixtures.line("Abonnement mensuel, puissance souscrite 9 kVA", "1", "mois", "25", "25.00"));
        lines.add(DocumentFixtures.line("Location et entretien du compteur", "1", "mois", "4.5", "4.50"));
        lines.add(DocumentFixtures.line("Redevance d'éclairage public (Kinshasa)", "1", "mois", "0.18", "0.18"));
        lines.add(DocumentFixtures.line("Frais de relève et de facturation", "1", "mois", "1.2", "1.20"));
        for (int extra = 0; extra < i % 6; extra++) {
            lines.add(DocumentFixtures.line("Régularisation du relevé estimé n° " + (extra + 1), "12", "kWh", "0.25",
                    "3.00"));
        }
        return DocumentFixtures.invoice("FAC-2026-%06d".formatted(i + 1), InvoiceDocument.Status.ISSUED,
                Currency.USD, lines, "0");
    }

    /** The least a PDF with the same fonts costs: one page, one line in each font, embedded and saved the same way. */
    private byte[] minimal(String number) throws IOException {
        try (DocumentFonts.Lease lease = fonts.lease(); PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, lease.embedIn(document));
            flow.text("Facture " + number, PageFlow.LEFT, PageFlow.TOP, flow.fonts().bold(), 12f);
            flow.text(DocumentFixtures.CLIENT, PageFlow.LEFT, PageFlow.TOP - 20f, flow.fonts().regular(), 10f);
            flow.finish("");
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }
}
