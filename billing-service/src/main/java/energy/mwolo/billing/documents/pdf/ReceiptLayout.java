package energy.mwolo.billing.documents.pdf;

import static energy.mwolo.billing.documents.model.DocumentFormat.amount;

import energy.mwolo.billing.documents.model.AmountInWords;
import energy.mwolo.billing.documents.model.DocumentFormat;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.documents.pdf.Sections.Box;
import energy.mwolo.billing.documents.pdf.Sections.BoxLine;
import energy.mwolo.billing.documents.pdf.Sections.Field;
import energy.mwolo.billing.documents.pdf.Sections.Total;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A receipt: what was received and how, the invoices it paid, the credit left, and the QR code. */
final class ReceiptLayout {

    private ReceiptLayout() {
    }

    static void draw(ReceiptDocument receipt, PageFlow flow, Sections sections) throws IOException {
        String method = receipt.method().label()
                + (receipt.provider() == null ? "" : " (" + receipt.providerName() + ")");
        sections.header("REÇU DE PAIEMENT", "N° " + receipt.number(), List.of(
                new Field("Reçu le", DocumentFormat.dateTime(receipt.receivedAt())),
                new Field("Mode de paiement", method)));
        List<BoxLine> payment = new ArrayList<>();
        payment.add(BoxLine.bold("Montant reçu : " + amount(receipt.amount())));
        payment.add(BoxLine.plain("Mode : " + method));
        if (receipt.providerTransactionId() != null) {
            payment.add(BoxLine.plain("Transaction : " + receipt.providerTransactionId()));
        }
        if (receipt.converted()) {
            payment.add(BoxLine.plain("Taux appliqué : 1 USD = " + DocumentFormat.exchangeRate(receipt.exchangeRate())
                    + " CDF"));
        }
        sections.boxes(
                new Box("Client", List.of(BoxLine.bold(receipt.customer().name()),
                        BoxLine.plain("N° client : " + receipt.customer().number()),
                        BoxLine.plain(receipt.customer().address()))),
                new Box("Paiement", payment));
        PageFlow.PageStart continuation = sections.continuation("Reçu " + receipt.number());
        flow.onNewPage(continuation);
        if (receipt.allocations().isEmpty()) {
            sections.paragraph("Ce paiement n'est imputé sur aucune facture : il est porté en entier au crédit du "
                    + "client.", false);
        } else {
            Table table = Table.start(flow, continuation, List.of(
                    new Table.Column("Facture réglée", PageFlow.WIDTH - 180f, Table.Align.LEFT),
                    new Table.Column("Montant imputé", 180f, Table.Align.RIGHT)));
            for (ReceiptDocument.Allocation allocation : receipt.allocations()) {
                table.row(List.of(allocation.invoiceNumber(), amount(allocation.amount())));
            }
            table.end(continuation);
        }
        sections.totals(List.of(
                new Total("Montant reçu", amount(receipt.amount()), true),
                new Total("Porté au crédit du client", amount(receipt.credit()), false)));
        sections.paragraph("Reçu la somme de : " + AmountInWords.of(receipt.amount()) + ".", false);
        sections.withCode("Merci de votre paiement", List.of(
                "Ce reçu atteste un paiement confirmé. Conservez-le : le code ci-contre permet à nos agences de le "
                        + "vérifier."), Optional.of(receipt.code()));
    }
}
