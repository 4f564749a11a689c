package energy.mwolo.billing.documents.pdf;

import static energy.mwolo.billing.documents.model.DocumentFormat.amount;
import static energy.mwolo.billing.documents.model.DocumentFormat.date;

import energy.mwolo.billing.documents.model.AmountInWords;
import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.pdf.Sections.Box;
import energy.mwolo.billing.documents.pdf.Sections.BoxLine;
import energy.mwolo.billing.documents.pdf.Sections.Field;
import energy.mwolo.billing.documents.pdf.Sections.Total;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A credit note: which invoice it reduces and why, by how much, and what is left to pay on the invoice. */
final class CreditNoteLayout {

    private CreditNoteLayout() {
    }

    static void draw(CreditNoteDocument note, Sections sections) throws IOException {
        boolean full = note.kind() == CreditNoteDocument.Kind.FULL;
        String invoice = note.invoiceNumber() + " du " + date(note.invoiceIssueDate());
        sections.header("AVOIR", "N° " + note.number(), List.of(
                new Field("Date d'émission", date(note.issueDate())),
                new Field("Facture d'origine", invoice),
                new Field("Nature", full ? "avoir total" : "avoir partiel")));
        sections.boxes(
                new Box("Client", List.of(BoxLine.bold(note.customer().name()),
                        BoxLine.plain("N° client : " + note.customer().number()),
                        BoxLine.plain(note.customer().address()))),
                new Box("Motif", List.of(BoxLine.plain(note.reason()))));
        sections.totals(List.of(
                new Total("Montant de l'avoir TTC", amount(note.amount()), true),
                new Total("Reste dû sur la facture " + note.invoiceNumber(), amount(note.remainingBalance()), false)));
        sections.paragraph("Arrêté le présent avoir à la somme de : " + AmountInWords.of(note.amount()) + ".", false);
        sections.withCode("Imputation", List.of(full
                ? "Cet avoir annule la facture " + invoice + " : il n'y reste rien à payer. Ce qui en avait déjà été "
                        + "payé devient un crédit déduit de vos prochaines factures."
                : "Le montant de cet avoir est déduit de la facture " + invoice + ", sur laquelle il reste "
                        + amount(note.remainingBalance()) + " à payer."), Optional.of(note.code()));
    }
}
