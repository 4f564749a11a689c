package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.model.CreditNote;
import energy.mwolo.billing.invoices.model.Invoice;
import energy.mwolo.billing.invoices.model.InvoiceLine;
import energy.mwolo.billing.invoices.model.InvoiceSubject;
import energy.mwolo.billing.kernel.Codes;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice with its lines and credit notes; every amount a decimal string in {@code currency} ({@code "12500.00"}).
 * Lines and totals are computed by the system when the invoice is drafted and never change afterwards.
 *
 * @param id             the invoice's id
 * @param number         its number, {@code FAC-<YYYY>-<NNNNNN>}, given when it is issued; null while a draft
 * @param status         {@code draft}, {@code issued}, {@code partially_paid}, {@code overdue} (past the due date
 *                       with money owed), {@code paid} or {@code cancelled} (by a full credit note)
 * @param client         the CRM client it is addressed to
 * @param contract       the CRM contract it bills
 * @param contractNumber that contract's number, {@code CT-<YYYY>-<NNNNNN>}
 * @param site           the CRM site (service point) supplied
 * @param period         the month billed, {@code YYYY-MM}
 * @param periodStart    the month's first day, ISO {@code yyyy-MM-dd}
 * @param periodEnd      the month's last day, ISO {@code yyyy-MM-dd}
 * @param issueDate      the day it was issued, ISO {@code yyyy-MM-dd}; null while a draft
 * @param dueDate        the day it must be paid by (issue date plus the payment terms, 15 days by default);
 *                       null while a draft
 * @param currency       {@code CDF} or {@code USD}, the contract's
 * @param lines          what it bills, in {@code position} order
 * @param subtotal       the sum of the lines' amounts, before tax
 * @param tax            the VAT: for each rate, the rate times the amounts bearing it, rounded once to the cent
 * @param total          subtotal plus tax
 * @param amountPaid     what payments have settled on it
 * @param amountCredited what credit notes have taken off it
 * @param balance        what is still owed: total minus amount paid minus amount credited; {@code "0.00"} for a
 *                       draft or a cancelled invoice
 * @param estimated      true when the energy billed is an estimate (no readings for the month)
 * @param run            the billing run that made it; null when drafted by hand
 * @param creditNotes    its credit notes, oldest first
 * @param createdAt      when it was drafted, ISO-8601 UTC
 * @param updatedAt      when it last changed (issued, paid, credited, overdue), ISO-8601 UTC
 */
record InvoiceResponse(UUID id, String number, String status, UUID client, UUID contract, String contractNumber,
                       UUID site, String period, LocalDate periodStart, LocalDate periodEnd, LocalDate issueDate,
                       LocalDate dueDate, String currency, List<Line> lines,
                       @Schema(format = "decimal") String subtotal, @Schema(format = "decimal") String tax,
                       @Schema(format = "decimal") String total,
                       @Schema(format = "decimal") String amountPaid,
                       @Schema(format = "decimal") String amountCredited, @Schema(format = "decimal") String balance,
                       boolean estimated, UUID run,
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

    /**
     * A line of an invoice, computed by the system.
     *
     * @param position    the line's rank on the invoice, from 1
     * @param kind        {@code fixed_fee} (the monthly subscription), {@code energy} (kWh of one price block) or
     *                    {@code fixed_charge} (a charge of the tariff, such as the public-lighting tax)
     * @param description the line's label as printed on the invoice ({@code "Abonnement mensuel"})
     * @param quantity    how many units, a decimal string: kWh for energy, one month otherwise
     * @param unit        the unit of {@code quantity}: {@code kWh} or {@code mois} (month)
     * @param unitPrice   the price of one unit in the invoice's currency, a decimal string (up to 4 decimals)
     * @param discount    the discount taken off the line, a decimal string in the invoice's currency ({@code "0.00"}
     *                    for none)
     * @param taxRate     the fraction of VAT on the line ({@code "0.1600"}; {@code "0"} for none)
     * @param amount      quantity times unit price minus discount, rounded to the cent, before tax
     */
    record Line(int position, String kind, String description, @Schema(format = "decimal") String quantity,
                String unit, @Schema(format = "decimal") String unitPrice,
                @Schema(format = "decimal") String discount, @Schema(format = "decimal") String taxRate,
                @Schema(format = "decimal") String amount) {

        static Line from(InvoiceLine line) {
            return new Line(line.position(), Codes.of(line.kind()), line.description(),
                    line.quantity().toPlainString(), line.unit(), line.unitPrice().toPlainString(),
                    line.discount().text(), line.taxRate().toPlainString(), line.amount().text());
        }
    }
}
