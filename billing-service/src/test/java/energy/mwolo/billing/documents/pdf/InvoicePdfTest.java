package energy.mwolo.billing.documents.pdf;

import static energy.mwolo.billing.documents.DocumentFixtures.ADDRESS;
import static energy.mwolo.billing.documents.DocumentFixtures.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.documents.DocumentFixtures;
import energy.mwolo.billing.documents.RenderedPdf;
import energy.mwolo.billing.documents.model.Customer;
import energy.mwolo.billing.documents.model.DocumentLine;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.InvoiceDocument.Status;
import energy.mwolo.billing.documents.model.Site;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.platform.documents.DocumentFonts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    /** Written with '_' for the narrow no-break space and '~' for the no-break space, to be readable here. */
    static String typed(String text) {
        return text.replace('_', '\u202F').replace('~', '\u00A0');
    }

    static final PdfRenderer RENDERER = new PdfRenderer(DocumentFixtures.company(), DocumentFonts.load(),
            new BusinessTime(Clock.fixed(Instant.parse("2026-04-02T08:15:00Z"), ZoneOffset.UTC)));

    @Test
    void showsTheCompanyTheClientWithHerAccentsTheSiteAndThePeriod() {
        String text = new RenderedPdf(RENDERER.invoice(DocumentFixtures.invoice())).text();

        assertThat(text).contains("FACTURE", "N° FAC-2026-000123", "Mwolo Energy SARL",
                "RCCM : CD/KNG/RCCM/24-B-01234", "Id. Nat. : 01-83-N12345A · NIF : A2412345B",
                "Date d'émission : 02/04/2026", "Échéance : 17/04/2026", "Période : du 01/03/2026 au 31/03/2026",
                "Statut : Émise", CLIENT, "N° client : CL-2026-000045", "Kinshasa-Gombe, Avenue de la Libération",
                "SITE-000321", "Contrat : CT-2026-000012");
    }

    @Test
    void printsWhatItKnowsOfAClientAndASiteWithoutAddress() {
        InvoiceDocument full = DocumentFixtures.invoice();
        InvoiceDocument unaddressed = new InvoiceDocument(full.number(), full.status(), full.issueDate(),
                full.dueDate(), full.periodStart(), full.periodEnd(),
                new Customer(full.customer().number(), full.customer().name(), null), new Site("SITE-000321", " "),
                full.contractNumber(), full.currency(), full.lines(), full.subtotal(), full.taxes(), full.total(),
                full.amountPaid(), full.amountCredited(), full.balance());

        String text = new RenderedPdf(RENDERER.invoice(unaddressed)).text();

        assertThat(text).contains(CLIENT, "N° client : CL-2026-000045", "SITE-000321", "Contrat : CT-2026-000012")
                .doesNotContain("Libération");
    }

    @Test
    void showsWhatCreditNotesTookOffBesideWhatWasPaid() {
        InvoiceDocument full = DocumentFixtures.invoice();
        InvoiceDocument credited = new InvoiceDocument(full.number(), Status.PARTIALLY_PAID, full.issueDate(),
                full.dueDate(), full.periodStart(), full.periodEnd(), full.customer(), full.site(),
                full.contractNumber(), full.currency(), full.lines(), full.subtotal(), full.taxes(), full.total(),
                DocumentFixtures.usd("200.00"), DocumentFixtures.usd("116.00"), DocumentFixtures.usd("918.56"));

        String text = new RenderedPdf(RENDERER.invoice(credited)).flatText();

        assertThat(text).contains(typed("Déjà payé 200,00~USD"), typed("Avoirs 116,00~USD"),
                typed("Solde à payer 918,56~USD"));
    }

    @Test
    void listsTheLinesWithQuantitiesPricesRatesAndAmounts() {
        String text = new RenderedPdf(RENDERER.invoice(DocumentFixtures.invoice())).text();

        assertThat(text).contains("Désignation", "Prix unit. (USD)", "Montant (USD)",
                typed("Énergie active consommée, relevé du 31/03/2026 3_500 kWh 0,28 16~% 980,00"),
                typed("Location et entretien du compteur 1 mois 59,28 16~% 59,28"));
    }

    @Test
    void totalsTheInvoiceInFiguresAndInWords() {
        String text = new RenderedPdf(RENDERER.invoice(DocumentFixtures.invoice())).flatText();

        assertThat(text).contains(typed("Total hors taxes 1_064,28~USD"),
                typed("TVA 16~% sur 1_064,28~USD 170,28~USD"), typed("Total TTC 1_234,56~USD"),
                typed("Déjà payé 0,00~USD"), typed("Solde à payer 1_234,56~USD"),
                "Arrêtée la présente facture à la somme de : mille deux cent trente-quatre dollars américains et "
                        + "cinquante-six cents.");
    }

    @Test
    void tellsHowToPayWithTheInvoiceNumberAsReference() {
        String text = new RenderedPdf(RENDERER.invoice(DocumentFixtures.invoice())).flatText();

        assertThat(text).contains("À payer au plus tard le 17/04/2026 en rappelant la référence FAC-2026-000123.",
                "Virement : Rawbank, compte 05100-01234567890-12 (USD).",
                typed("Mobile money : M-Pesa +243~81~555~0101, Airtel Money +243~99~555~0102, Orange Money "
                        + "+243~89~555~0103."));
    }

    @Test
    void carriesTheNumberAndTheTotalInAQrCodeAPhoneCanRead() {
        RenderedPdf pdf = new RenderedPdf(RENDERER.invoice(DocumentFixtures.invoice()));

        assertThat(pdf.qrCode(0)).isEqualTo("MWOLO|FAC-2026-000123|1234.56|USD");
        assertThat(pdf.images()).as("the QR code is drawn, not an embedded image").isZero();
    }

    @Test
    void embedsItsFontsAsSubsetsAndNamesItselfInItsProperties() {
        RenderedPdf pdf = new RenderedPdf(RENDERER.invoice(DocumentFixtures.invoice()));

        assertThat(pdf.fonts()).hasSize(2).allMatch(font -> font.matches("[A-Z]{6}\\+DejaVuSans(-Bold)? true"));
        assertThat(pdf.information().getTitle()).isEqualTo("Facture FAC-2026-000123");
        assertThat(pdf.information().getSubject()).isEqualTo("Facture FAC-2026-000123 — " + CLIENT);
        assertThat(pdf.information().getAuthor()).isEqualTo("Mwolo Energy SARL");
        assertThat(pdf.information().getProducer()).isEqualTo(PdfRenderer.PRODUCER);
        assertThat(pdf.information().getCreationDate().toInstant()).isEqualTo("2026-04-02T08:15:00Z");
    }

    @Test
    void aLongInvoiceContinuesOnMorePagesWithTheTableHeaderRepeated() {
        RenderedPdf pdf = new RenderedPdf(RENDERER.invoice(DocumentFixtures.invoiceOf(120)));

        List<String> pages = pdf.pageTexts();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        for (int page = 1; page < pages.size(); page++) {
            assertThat(pages.get(page)).contains("Mwolo Energy SARL — Facture FAC-2026-000124 (suite)",
                    "Page " + (page + 1) + " / " + pages.size());
        }
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Désignation", "Montant (USD)"));
        String text = pdf.text();
        IntStream.rangeClosed(1, 120).forEach(i -> assertThat(text).containsOnlyOnce("n° " + i + ", compteur"));
        assertThat(pages.get(pages.size() - 1)).contains(typed("Total TTC 139,20~USD"),
                "Arrêtée la présente facture");
        assertThat(pdf.qrCode(pages.size() - 1)).isEqualTo("MWOLO|FAC-2026-000124|139.20|USD");
    }

    @Test
    void rendersInvoicesOnSeveralThreadsAtOnceEachWithItsOwnContent() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = IntStream.range(0, 24)
                    .mapToObj(i -> DocumentFixtures.invoice("FAC-2026-%06d".formatted(500 + i), Status.ISSUED,
                            Currency.USD, List.of(DocumentFixtures.line("Forfait " + i, "1", "mois", "10", "10.00")),
                            "0"))
                    .map(invoice -> threads.submit(() -> new RenderedPdf(RENDERER.invoice(invoice)).text()))
                    .toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("N° FAC-2026-%06d".formatted(500 + i), "Forfait " + i + " ",
                        CLIENT);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void writesAFrancInvoiceInFrancs() {
        InvoiceDocument invoice = DocumentFixtures.invoice("FAC-2026-000125", Status.ISSUED, Currency.CDF,
                List.of(DocumentFixtures.line("Forfait mensuel", "1", "mois", "250000", "250000.00")), "0");

        RenderedPdf pdf = new RenderedPdf(RENDERER.invoice(invoice));

        assertThat(pdf.flatText()).contains("Montant (CDF)", typed("Total TTC 290_000,00~CDF"),
                "deux cent quatre-vingt-dix mille francs congolais.");
        assertThat(pdf.qrCode(0)).isEqualTo("MWOLO|FAC-2026-000125|290000.00|CDF");
    }

    @Test
    void aPaidInvoiceAsksForNothing() {
        InvoiceDocument invoice = DocumentFixtures.invoice("FAC-2026-000126", Status.PAID, Currency.USD,
                List.of(DocumentFixtures.line("Forfait mensuel", "1", "mois", "50", "50.00")), "58.00");

        String text = new RenderedPdf(RENDERER.invoice(invoice)).text();

        assertThat(text).contains("Statut : Payée", typed("Solde à payer 0,00~USD"),
                "Cette facture est entièrement réglée.").doesNotContain("À payer au plus tard");
    }

    @Test
    void aDraftHasNoNumberNoDatesNoQrCodeAndAsksNotToPay() {
        InvoiceDocument draft = DocumentFixtures.invoice(null, Status.DRAFT, Currency.USD,
                List.of(DocumentFixtures.line("Forfait mensuel", "1", "mois", "50", "50.00")), "0");

        RenderedPdf pdf = new RenderedPdf(RENDERER.invoice(draft));

        assertThat(pdf.flatText()).contains("FACTURE (BROUILLON)", "Sans numéro avant émission", "Statut : Brouillon",
                "ne pas payer avant l'émission de la facture").doesNotContain("FAC-", "Échéance", "À payer");
        assertThat(pdf.information().getTitle()).isEqualTo("Facture (brouillon)");
    }

    @Test
    void namesALinesDiscountBesideItsDescription() {
        DocumentLine discounted = new DocumentLine("Abonnement mensuel", BigDecimal.ONE, "mois", new BigDecimal("25"),
                DocumentFixtures.usd("5.00"), DocumentFixtures.VAT, DocumentFixtures.usd("20.00"));
        InvoiceDocument invoice = DocumentFixtures.invoice("FAC-2026-1000001", Status.ISSUED, Currency.USD,
                List.of(discounted), "0");

        String text = new RenderedPdf(RENDERER.invoice(invoice)).flatText();

        assertThat(text).contains(typed("Abonnement mensuel (remise de 5,00~USD) 1 mois 25,00 16~% 20,00"),
                "N° FAC-2026-1000001");
    }

    @Test
    void printsWhatTheFontCannotDrawAsAQuestionMarkRatherThanFailing() {
        InvoiceDocument invoice = DocumentFixtures.invoice("FAC-2026-000128", Status.ISSUED, Currency.USD,
                List.of(DocumentFixtures.line("Forfait 北京 \uD83D\uDD0C\tmensuel", "1", "mois", "50", "50.00")),
                "0");

        String text = new RenderedPdf(RENDERER.invoice(invoice)).text();

        assertThat(text).contains("Forfait ?? ? mensuel");
    }

    @Test
    void wrapsALongDescriptionWithinItsColumn() {
        String description = "Consommation d'énergie active au tarif résidentiel social, tranche de 0 à 100 kWh, "
                + "relevé contradictoire du 31/03/2026 effectué par l'agent de l'agence de Kinshasa-Gombe";
        InvoiceDocument invoice = DocumentFixtures.invoice("FAC-2026-000129", Status.ISSUED, Currency.USD,
                List.of(DocumentFixtures.line(description, "100", "kWh", "0.10", "10.00")), "0");

        String text = new RenderedPdf(RENDERER.invoice(invoice)).text();

        List<String> rows = text.lines().dropWhile(line -> !line.startsWith("Désignation")).skip(1)
                .takeWhile(line -> !line.startsWith("Total hors taxes")).toList();
        String figures = typed(" 100 kWh 0,10 16~% 10,00");
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.get(0)).endsWith(figures);
        assertThat(String.join(" ", rows).replace(figures, "")).isEqualTo(description);
    }
}
