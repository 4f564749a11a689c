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
                DocumentFixtures.CLIENT, "Index de fin de mois surestimé lors du relevé",
                typed("Montant de l'avoir TTC 116,00~USD"),
                typed("Reste dû sur la facture FAC-2026-000123 1_118,56~USD"),
                "Arrêté le présent avoir à la somme de : cent seize dollars américains.",
                typed("il reste 1_118,56~USD à payer"));
        assertThat(pdf.information().getTitle()).isEqualTo("Avoir AV-2026-000007");
        assertThat(pdf.qrCode(0)).isEqualTo("MWOLO|AV-2026-000007|116.00|USD");
    }

    @Test
    void aFullCreditNoteSaysTheInvoiceIsCancelledAndWhatWasPaidBecomesCredit() {
        String text = new RenderedPdf(RENDERER.creditNote(DocumentFixtures.creditNote(Kind.FULL))).flatText();

        assertThat(text).contains("Nature : avoir total", typed("Montant de l'avoir TTC 1_234,56~USD"),
                typed("Reste dû sur la facture FAC-2026-000123 0,00~USD"),
                "mille deux cent trente-quatre dollars américains et cinquante-six cents",
                "Cet avoir annule la facture FAC-2026-000123 du 02/04/2026 : il n'y reste rien à payer.",
                "devient un crédit déduit de vos prochaines factures");
    }
}
