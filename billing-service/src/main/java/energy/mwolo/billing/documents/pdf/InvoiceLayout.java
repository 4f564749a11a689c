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
import java.util.ArrayList;
import java.util.List;

/** An invoice: who and what for, the lines, the totals in figures and words, how to pay and the QR code. */
final class InvoiceLayout {

    private InvoiceLayout() {
    }

    static void draw(InvoiceDocument invoice, PageFlow flow, Sections sections) throws IOException {
        List<Field> fields = new ArrayList<>();
        if (!invoice.isDraft()) {
            fields.add(new Field("Date d'émission", date(invoice.issueDate())));
            fields.add(new Field("Échéance", date(invoice.dueDate())));
        }
        fields.add(new Field("Période", "du " + date(invoice.periodStart()) + " au " + date(invoice.periodEnd())));
        fields.add(new Field("Statut", invoice.status().label()));
        sections.header(invoice.isDraft() ? "FACTURE (BROUILLON)" : "FACTURE",
                invoice.number() == null ? "Sans numéro avant émission" : "N° " + invoice.number(), fields);
        sections.boxes(
                new Box("Client", List.of(BoxLine.bold(invoice.customer().name()),
                        BoxLine.plain("N° client : " + invoice.customer().number()),
                        BoxLine.plain(invoice.customer().address()))),
                new Box("Site de consommation", List.of(BoxLine.bold(invoice.site().reference()),
                        BoxLine.plain(invoice.site().address()),
                        BoxLine.plain("Contrat : " + invoice.contractNumber()))));
        PageFlow.PageStart continuation = sections.continuation(title(invoice));
        flow.onNewPage(continuation);
        sections.lines(invoice, continuation);
        List<Total> totals = sections.taxes(invoice);
        totals.add(new Total("Total TTC", amount(invoice.total()), true));
        totals.add(new Total("Déjà payé", amount(invoice.amountPaid()), false));
        if (!invoice.amountCredited().isZero()) {
            totals.add(new Total("Avoirs", amount(invoice.amountCredited()), false));
        }
        totals.add(new Total("Solde à payer", amount(invoice.balance()), true));
        sections.totals(totals);
        sections.paragraph("Arrêtée la présente facture à la somme de : " + AmountInWords.of(invoice.total()) + ".",
                false);
        sections.withCode("Paiement", payment(invoice, sections), invoice.code());
    }

    /** "Facture FAC-2026-000123", or "Facture (brouillon)" before it has a number. */
    static String title(InvoiceDocument invoice) {
        return invoice.number() == null ? "Facture (brouillon)" : "Facture " + invoice.number();
    }

    private static List<String> payment(InvoiceDocument invoice, Sections sections) {
        return switch (invoice.status()) {
            case DRAFT -> List.of("Document provisoire, sans valeur comptable : ne pas payer avant l'émission de la "
                    + "facture, qui portera son numéro et son échéance.");
            case CANCELLED -> List.of("Cette facture est annulée par un avoir : il n'y a rien à payer.");
            default -> invoice.balance().isPositive()
                    ? sections.paymentInstructions(invoice.number(), invoice.dueDate())
                    : List.of("Cette facture est entièrement réglée. Merci de votre confiance.");
        };
    }
}
