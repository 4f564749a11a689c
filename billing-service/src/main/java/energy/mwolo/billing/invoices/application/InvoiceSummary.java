package energy.mwolo.billing.invoices.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice as a list shows it, without its lines. */
public record InvoiceSummary(UUID id, String number, String status, UUID client, UUID contract, String contractNumber,
                             UUID site, String period, LocalDate issueDate, LocalDate dueDate, String currency,
                             BigDecimal subtotal, BigDecimal tax, BigDecimal total, BigDecimal amountPaid,
                             BigDecimal amountCredited, BigDecimal balance, boolean estimated, UUID run,
                             Instant createdAt) {
}
