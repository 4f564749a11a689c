package energy.mwolo.billing.documents.pdf;

import static energy.mwolo.billing.documents.pdf.InvoicePdfTest.RENDERER;
import static energy.mwolo.billing.documents.pdf.InvoicePdfTest.typed;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.documents.RenderedPdf;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    @Test
    void showsTheAmountReceivedTheProviderTheRateAndTheInvoicesItPaid() {
        RenderedPdf pdf = new RenderedPdf(RENDERER.receipt(DocumentFixtures.convertedReceipt()));

        assertThat(pdf.flatText()).contains("REÇU DE PAIEMENT", "N° PAY-2026-000045",
                "Reçu le : 10/04/2026 à 14:30", "Mode de paiement : Mobile money (M-Pesa)", DocumentFixtures.CLIENT,
                typed("Montant reçu : 280_000,00~CDF"), "Transaction : MP260410.1430.A12345",
                typed("Taux appliqué : 1 USD = 2_800,0000 CDF"), "Facture réglée", "Montant imputé",
                typed("FAC-2026-000098 60,00~USD"), typed("FAC-2026-000123 40,00~USD"),
                typed("Porté au crédit du client 0,00~CDF"),
                "Reçu la somme de : deux cent quatre-vingt mille francs congolais.");
        assertThat(pdf.information().getTitle()).isEqualTo("Reçu PAY-2026-000045");
        assertThat(pdf.qrCode(0)).isEqualTo("MWOLO|PAY-2026-000045|280000.00|CDF");
    }

    @Test
    void aPaymentOnNoInvoiceGoesWhollyToCredit() {
        ReceiptDocument receipt = new ReceiptDocument("PAY-2026-000046", Instant.parse("2026-04-10T09:05:00Z"),
                DocumentFixtures.customer(), ReceiptDocument.Method.CASH, null, null,
                new Money(new BigDecimal("75.50"), Currency.USD), null, List.of(),
                new Money(new BigDecimal("75.50"), Currency.USD));

        String text = new RenderedPdf(RENDERER.receipt(receipt)).flatText();

        assertThat(text).contains("Mode de paiement : Espèces", "il est porté en entier au crédit du client",
                typed("Porté au crédit du client 75,50~USD"),
                "Reçu la somme de : soixante-quinze dollars américains et cinquante cents.")
                .doesNotContain("Taux appliqué", "Transaction :", "Facture réglée");
    }
}
