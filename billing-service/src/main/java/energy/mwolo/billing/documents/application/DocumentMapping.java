package energy.mwolo.billing.documents.application;

import energy.mwolo.billing.customers.ClientSummary;
import energy.mwolo.billing.customers.SiteSummary;
import energy.mwolo.billing.documents.model.CreditNoteDocument;
import energy.mwolo.billing.documents.model.Customer;
import energy.mwolo.billing.documents.model.DocumentLine;
import energy.mwolo.billing.documents.model.InvoiceDocument;
import energy.mwolo.billing.documents.model.ReceiptDocument;
import energy.mwolo.billing.documents.model.Site;
import energy.mwolo.billing.documents.model.TaxAmount;
import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceTotals;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.model.Allocation;
import energy.mwolo.billing.payments.model.Payment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Billing's records as their documents show them. The figures are the aggregate's own, never recomputed; the tax per
 * rate comes from {@link InvoiceTotals#taxByRate}, the very split the invoice's tax is the sum of.
 */
final class DocumentMapping {

    /** What a document prints for a site crm has not described to billing yet. */
    static final String UNKNOWN_SITE = "Non communiqué";

    private DocumentMapping() {
    }

    static InvoiceDocument invoice(Invoice invoice, Customer customer, Site site) {
        Currency currency = invoice.currency();
        List<DocumentLine> lines = invoice.lines().stream().map(DocumentMapping::line).toList();
        return new InvoiceDocument(invoice.number() == null ? null : invoice.number().toString(),
                InvoiceDocument.Status.valueOf(invoice.status().name()), invoice.issueDate(), invoice.dueDate(),
                invoice.subject().period().firstDay(), invoice.subject().period().lastDay(), customer, site,
                invoice.subject().contractNumber(), currency, lines, invoice.totals().subtotal(),
                taxes(invoice.lines(), currency), invoice.totals().total(), invoice.amountPaid(),
                invoice.amountCredited(), invoice.balance());
    }

    /**
     * A credit note with what it left to pay on its invoice: the total less what is paid on it now and the credit
     * notes up to this one (a later one is not this one's business). A full one leaves nothing.
     */
    static CreditNoteDocument creditNote(CreditNote note, Invoice invoice, List<CreditNote> notesOfInvoice,
                                         Customer customer) {
        Currency currency = invoice.currency();
        Money remaining = Money.zero(currency);
        if (!note.full()) {
            Money credited = Money.zero(currency);
            for (CreditNote earlier : notesOfInvoice) {
                if (!earlier.createdAt().isAfter(note.createdAt())) {
                    credited = credited.plus(earlier.amount());
                }
            }
            Money left = invoice.totals().total().minus(invoice.amountPaid()).minus(credited);
            remaining = left.isNegative() ? Money.zero(currency) : left;
        }
        return new CreditNoteDocument(note.number().toString(), note.issueDate(), invoice.number().toString(),
                invoice.issueDate(), customer,
                note.full() ? CreditNoteDocument.Kind.FULL : CreditNoteDocument.Kind.PARTIAL, note.reason(),
                note.amount(), remaining);
    }

    /**
     * A confirmed payment's receipt as it stands: what it paid on each invoice (its shares on one invoice added up;
     * a share given back by a cancelled invoice is credit again) and the credit it still holds.
     */
    static ReceiptDocument receipt(Payment payment, Map<InvoiceId, Invoice> invoices, Customer customer) {
        Map<String, Money> paid = new LinkedHashMap<>();
        for (Allocation allocation : payment.allocations()) {
            if (!allocation.returned()) {
                paid.merge(invoices.get(allocation.invoiceId()).number().toString(), allocation.settled(),
                        Money::plus);
            }
        }
        return new ReceiptDocument(payment.number().toString(), payment.receivedAt(), customer,
                ReceiptDocument.Method.valueOf(payment.method().name()), payment.source().provider(),
                payment.source().providerTransactionId(), payment.amount(),
                payment.conversion() == null ? null : payment.conversion().cdfPerUsd(),
                paid.entrySet().stream().map(e -> new ReceiptDocument.Allocation(e.getKey(), e.getValue())).toList(),
                payment.credit());
    }

    /** The client as crm last described it; its name is its number when crm gave none. */
    static Customer customer(UUID clientId, Optional<ClientSummary> client) {
        String number = client.map(ClientSummary::number).orElse(clientId.toString());
        String name = client.map(ClientSummary::name).filter(text -> !text.isBlank()).orElse(number);
        return new Customer(number, name, null);
    }

    static Site site(Optional<SiteSummary> site) {
        return site.map(known -> new Site(known.reference(), known.address()))
                .orElseGet(() -> new Site(UNKNOWN_SITE, null));
    }

    private static DocumentLine line(InvoiceLine line) {
        return new DocumentLine(line.description(), line.quantity(), line.unit(), line.unitPrice(), line.discount(),
                line.taxRate(), line.amount());
    }

    private static List<TaxAmount> taxes(List<InvoiceLine> lines, Currency currency) {
        return InvoiceTotals.taxByRate(lines, currency).stream()
                .map(rateTax -> new TaxAmount("TVA", rateTax.rate(), rateTax.base(), rateTax.tax())).toList();
    }
}
