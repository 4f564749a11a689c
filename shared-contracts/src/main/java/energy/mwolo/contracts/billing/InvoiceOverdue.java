package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An issued or partly paid invoice passed its due date unpaid: published once, when its status becomes overdue.
 * {@code daysOverdue} counts the Africa/Kinshasa days since {@code dueDate} when it was published (1 on the day
 * after). Reminders and disconnection are the account's matter: see {@link AccountOverdue}.
 * Nullable: none.
 */
@ContractPayload
public record InvoiceOverdue(
        UUID invoiceId,
        String number,
        UUID clientId,
        UUID contractId,
        UUID siteId,
        LocalDate dueDate,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
        @JsonProperty(required = true) int daysOverdue,
        Instant occurredAt) {

    public static final EventContract<InvoiceOverdue> CONTRACT =
            new EventContract<>("billing", "invoice", "InvoiceOverdue", 1, InvoiceOverdue.class);

    public InvoiceOverdue {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(dueDate, "dueDate");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        balance = BillingChecks.positiveAmount(balance, "balance");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (daysOverdue < 1) {
            throw new IllegalArgumentException("daysOverdue must be 1 or more, was " + daysOverdue);
        }
    }
}
