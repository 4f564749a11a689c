package energy.mwolo.billing.documents.pdf;

import static energy.mwolo.billing.documents.model.DocumentFormat.amount;
import static energy.mwolo.billing.documents.model.DocumentFormat.date;

import energy.mwolo.billing.documents.model.AmountInWords;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.InvoiceDocument.Status;
import energy.mwolo.billing.documents.pdf.Sections.Box;
import energy.mwolo.billing.documents.pdf.Sections.BoxLine;
import energy.mwolo.billing.documents.pdf.Sections.Field;
import energy.mwolo.billing.documents.pdf.Sections.Total;
import java.io.IOException;
import java.util.List;

/** An invoice: who and what for, the lines, the totals in figures and words, how to pay and the QR code. */
final class InvoiceLayout {

    private InvoiceLayout() {
    }

    static void draw(InvoiceDocument invoice, PageFlow flow, Sections sections) throws IOException {
        sections.header(invoice.status() == Status.DRAFT ? "FACTURE (BROUILLON)" : "FACTURE", invoice.number(),
                List.of(new Field("Date d'émission", date(invoice.issueDate())),
                        new Field("Échéance", date(invoice.dueDate())),
                        new Field("Période", "du " + date(invoice.periodStart()) + " au " + date(invoice.periodEnd())),
                        new Field("Statut", invoice.status().label())));
        sections.boxes(
                new Box("Client", List.of(BoxLine.bold(invoice.customer().name()),
                        BoxLine.plain("N° client : " + invoice.customer().number()),
                        BoxLine.plain(invoice.customer().address()))),
                new Box("Site de consommation", List.of(BoxLine.bold(invoice.site().reference()),
                        BoxLine.plain(invoice.site().address()),
                        BoxLine.plain("Contrat : " + invoice.contractNumber()))));
        PageFlow.PageStart continuation = sections.continuation("Facture " + invoice.number());
        flow.onNewPage(continuation);
        sections.lines(invoice, continuation);
        List<Total> totals = sections.taxes(invoice);
        totals.add(new Total("Total TTC", amount(invoice.total()), true));
        totals.add(new Total("Déjà payé", amount(invoice.amountPaid()), false));
        totals.add(new Total("Solde à payer", amount(invoice.balance()), true));
        sections.totals(totals);
        sections.paragraph("Arrêtée la présente facture à la somme de : " + AmountInWords.of(invoice.total()) + ".",
                false);
        sections.withCode("Paiement", payment(invoice, sections), invoice.code());
    }

    private static List<String> payment(InvoiceDocument invoice, Sections sections) {
        return switch (invoice.status()) {
            case DRAFT -> List.of("Document provisoire, sans valeur comptable : ne pas payer avant l'émission de la "
                    + "facture.");
            case CANCELLED -> List.of("Cette facture est annulée par un avoir : il n'y a rien à payer.");
            default -> invoice.balance().isPositive()
                    ? sections.paymentInstructions(invoice.number(), invoice.dueDate())
                    : List.of("Cette facture est entièrement réglée. Merci de votre confiance.");
        };
    }
}
