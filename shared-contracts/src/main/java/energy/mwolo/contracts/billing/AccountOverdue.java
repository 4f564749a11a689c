package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Billing reports a contract's account overdue for disconnection ({@code occurredAt} is when it reported it):
 * operations cuts the contract's meters, under its own rules (protected sites, pending payments, working hours).
 * The Kafka key is the contract id. {@code balances} holds what is overdue, one entry per currency owed;
 * {@code dunningStep} is the code of the billing rule that reported it and {@code daysOverdue} counts the days
 * since the oldest unpaid invoice's due date. An {@link AccountSettled} of the same contract ends it.
 * Nullable: none.
 */
@ContractPayload
public record AccountOverdue(
        UUID contractId,
        UUID clientId,
        UUID siteId,
        List<Balance> balances,
        UUID oldestInvoiceId,
        String oldestInvoiceNumber,
        LocalDate oldestDueDate,
        String dunningStep,
        @JsonProperty(required = true) int daysOverdue,
        Instant occurredAt) {

    public static final EventContract<AccountOverdue> CONTRACT =
            new EventContract<>("billing", "account", "AccountOverdue", 1, AccountOverdue.class);

    public AccountOverdue {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(siteId, "siteId");
        balances = List.copyOf(Objects.requireNonNull(balances, "balances"));
        Objects.requireNonNull(oldestInvoiceId, "oldestInvoiceId");
        Objects.requireNonNull(oldestInvoiceNumber, "oldestInvoiceNumber");
        Objects.requireNonNull(oldestDueDate, "oldestDueDate");
        Objects.requireNonNull(dunningStep, "dunningStep");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (balances.isEmpty()) {
            throw new IllegalArgumentException("an overdue account owes something");
        }
        var currencies = new HashSet<String>();
        for (Balance balance : balances) {
            if (!currencies.add(balance.currency())) {
                throw new IllegalArgumentException("one balance per currency, " + balance.currency() + " twice");
            }
        }
        if (daysOverdue < 1) {
            throw new IllegalArgumentException("daysOverdue must be 1 or more, was " + daysOverdue);
        }
    }

    /** What is overdue in one currency. */
    @ContractPayload
    public record Balance(String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

        public Balance {
            BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
            amount = BillingChecks.positiveAmount(amount, "amount");
        }
    }
}
