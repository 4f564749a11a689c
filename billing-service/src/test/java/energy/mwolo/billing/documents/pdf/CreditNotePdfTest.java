package energy.mwolo.billing.documents.pdf;

import static energy.mwolo.billing.documents.pdf.InvoicePdfTest.RENDERER;
import static energy.mwolo.billing.documents.pdf.InvoicePdfTest.typed;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.documents.RenderedPdf;
import energy.mwolo.billing.documents.model.CreditNoteDocument.Kind;
import org.junit.jupiter.api.Test;

class CreditNotePdfTest {

    @Test
    void namesTheInvoiceItReducesTheReasonAndWhatIsLeftToPay() {
        RenderedPdf pdf = new RenderedPdf(RENDERER.creditNote(DocumentFixtures.creditNote(Kind.PARTIAL)));

        assertThat(pdf.flatText()).contains("AVOIR", "N° AV-2026-000007", "Date d'émission : 09/04/2026",
                "Facture d'origine : FAC-2026-000123 du 02/04/2026", "Nature : avoir partiel",
                DocumentFixtures.CLIENT, "Index de fin de mois surestimé lors du relevé.",
                typed("Régularisation : relevé estimé corrigé (−357 kWh) 357 kWh 0,28 16~% 99,96"),
                typed("Total de l'avoir 116,00~USD"), typed("Reste dû sur la facture 1_118,56~USD"),
                "Arrêté le présent avoir à la somme de : cent seize dollars américains.",
                typed("il reste 1_118,56~USD à payer"));
        assertThat(pdf.information().getTitle()).isEqualTo("Avoir AV-2026-000007");
        assertThat(pdf.qrCode(0)).isEqualTo("MWOLO|AV-2026-000007|116.00|USD");
    }

    @Test
    void aFullCreditNoteSaysTheInvoiceIsCancelledAndWhatWasPaidBecomesCredit() {
        String text = new RenderedPdf(RENDERER.creditNote(DocumentFixtures.creditNote(Kind.FULL))).flatText();

        assertThat(text).contains("Nature : avoir total", typed("Reste dû sur la facture 0,00~USD"),
                "Cet avoir annule la facture FAC-2026-000123 du 02/04/2026 : il n'y reste rien à payer.",
                "devient un crédit déduit de vos prochaines factures");
    }
}
