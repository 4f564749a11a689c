package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.application.InvoiceSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice in a list: no lines nor credit notes; amounts are decimal strings in {@code currency}
 * ({@code "12500.00"}). A customer's list shows its own client's invoices only, never drafts.
 *
 * @param id             the invoice's id
 * @param number         its number, {@code FAC-<YYYY>-<NNNNNN>}; null while a draft
 * @param status         {@code draft}, {@code issued}, {@code partially_paid}, {@code overdue}, {@code paid} or
 *                       {@code cancelled}
 * @param client         the CRM client it is addressed to
 * @param contract       the CRM contract it bills
 * @param contractNumber that contract's number, {@code CT-<YYYY>-<NNNNNN>}
 * @param site           the CRM site (service point) supplied
 * @param period         the month billed, {@code YYYY-MM}
 * @param issueDate      the day it was issued, ISO {@code yyyy-MM-dd}; null while a draft
 * @param dueDate        the day it must be paid by, ISO {@code yyyy-MM-dd}; null while a draft
 * @param currency       {@code CDF} or {@code USD}
 * @param subtotal       the sum of the lines' amounts, before tax
 * @param tax            the VAT on the lines
 * @param total          subtotal plus tax
 * @param amountPaid     what payments have settled on it
 * @param amountCredited what credit notes have taken off it
 * @param balance        what is still owed: total minus amount paid minus amount credited; {@code "0.00"} for a
 *                       draft or a cancelled invoice
 * @param estimated      true when the energy billed is an estimate (no readings for the month)
 * @param run            the billing run that made it; null when drafted by hand
 * @param createdAt      when it was drafted, ISO-8601 UTC
 */
record InvoiceSummaryResponse(UUID id, String number, String status, UUID client, UUID contract,
                              String contractNumber, UUID site, String period, LocalDate issueDate, LocalDate dueDate,
                              String currency, @Schema(format = "decimal") String subtotal,
                              @Schema(format = "decimal") String tax, @Schema(format = "decimal") String total,
                              @Schema(format = "decimal") String amountPaid,
                              @Schema(format = "decimal") String amountCredited,
                              @Schema(format = "decimal") String balance, boolean estimated, UUID run,
                              Instant createdAt) {

    static InvoiceSummaryResponse from(InvoiceSummary summary) {
        return new InvoiceSummaryResponse(summary.id(), summary.number(), summary.status(), summary.client(),
                summary.contract(), summary.contractNumber(), summary.site(), summary.period(), summary.issueDate(),
                summary.dueDate(), summary.currency(), text(summary.subtotal()), text(summary.tax()),
                text(summary.total()), text(summary.amountPaid()), text(summary.amountCredited()),
                text(summary.balance()), summary.estimated(), summary.run(), summary.createdAt());
    }

    private static String text(BigDecimal amount) {
        return amount.toPlainString();
    }
}
