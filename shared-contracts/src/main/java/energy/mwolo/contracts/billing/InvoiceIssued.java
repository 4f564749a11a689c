package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice was issued: the client owes it from now on. Amounts are in {@code currency}: total = subtotal + tax,
 * and the balance still due is below the total when client credit was used at issue. The period runs from
 * {@code periodStart} to {@code periodEnd}, both included; dates are Africa/Kinshasa business dates.
 * Nullable: none.
 */
@ContractPayload
public record InvoiceIssued(
        UUID invoiceId,
        String number,
        UUID clientId,
        UUID contractId,
        UUID siteId,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal subtotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
        Instant occurredAt) {

    public static final EventContract<InvoiceIssued> CONTRACT =
            new EventContract<>("billing", "invoice", "InvoiceIssued", 1, InvoiceIssued.class);

    public InvoiceIssued {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        subtotal = BillingChecks.amount(subtotal, "subtotal");
        tax = BillingChecks.amount(tax, "tax");
        total = BillingChecks.amount(total, "total");
        balance = BillingChecks.amount(balance, "balance");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd " + periodEnd + " is before periodStart " + periodStart);
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("dueDate " + dueDate + " is before issueDate " + issueDate);
        }
        if (total.compareTo(subtotal.add(tax)) != 0) {
            throw new IllegalArgumentException("total " + total + " is not subtotal " + subtotal + " + tax " + tax);
        }
        if (balance.compareTo(total) > 0) {
            throw new IllegalArgumentException("balance " + balance + " exceeds total " + total);
        }
    }
}
