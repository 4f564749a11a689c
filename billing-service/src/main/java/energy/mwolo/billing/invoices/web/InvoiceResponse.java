package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.kernel.Codes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An invoice with its lines and credit notes; every amount a decimal string in {@code currency}. */
record InvoiceResponse(UUID id, String number, String status, UUID client, UUID contract, String contractNumber,
                       UUID site, String period, LocalDate periodStart, LocalDate periodEnd, LocalDate issueDate,
                       LocalDate dueDate, String currency, List<Line> lines, String subtotal, String tax, String total,
                       String amountPaid, String amountCredited, String balance, boolean estimated, UUID run,
                       List<CreditNoteResponse> creditNotes, Instant createdAt, Instant updatedAt) {

    static InvoiceResponse from(Invoice invoice, List<CreditNote> creditNotes) {
        InvoiceSubject subject = invoice.subject();
        return new InvoiceResponse(invoice.id().value(), invoice.number() == null ? null : invoice.number().toString(),
                Codes.of(invoice.status()), subject.clientId(), subject.contractId(), subject.contractNumber(),
                subject.siteId(), subject.period().toString(), subject.period().firstDay(),
                subject.period().lastDay(), invoice.issueDate(), invoice.dueDate(), invoice.currency().name(),
                invoice.lines().stream().map(Line::from).toList(), invoice.totals().subtotal().text(),
                invoice.totals().tax().text(), invoice.totals().total().text(), invoice.amountPaid().text(),
                invoice.amountCredited().text(), invoice.balance().text(), invoice.estimated(), invoice.runId(),
                creditNotes.stream().map(CreditNoteResponse::from).toList(), invoice.createdAt(),
                invoice.updatedAt());
    }

    /** @param taxRate the fraction of VAT on the line ({@code "0.1600"}; {@code "0"} for none) */
    record Line(int position, String kind, String description, String quantity, String unit, String unitPrice,
                String discount, String taxRate, String amount) {

        static Line from(InvoiceLine line) {
            return new Line(line.position(), Codes.of(line.kind()), line.description(),
                    line.quantity().toPlainString(), line.unit(), line.unitPrice().toPlainString(),
                    line.discount().text(), line.taxRate().toPlainString(), line.amount().text());
        }
    }
}
