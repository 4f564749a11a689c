package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.application.InvoiceSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice in a list: no lines; amounts as decimal strings. */
record InvoiceSummaryResponse(UUID id, String number, String status, UUID client, UUID contract,
                              String contractNumber, UUID site, String period, LocalDate issueDate, LocalDate dueDate,
                              String currency, String subtotal, String tax, String total, String amountPaid,
                              String amountCredited, String balance, boolean estimated, UUID run, Instant createdAt) {

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
