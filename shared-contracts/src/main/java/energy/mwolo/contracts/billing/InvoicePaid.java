package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice has nothing left to pay. {@code paidAt} is when the last payment was received (it may precede
 * {@code occurredAt}, for cash entered later); {@code lastPaymentId} is that payment.
 * Nullable: lastPaymentId (absent when no payment settled it; credit left by a payment names that payment).
 */
@ContractPayload
public record InvoicePaid(
        UUID invoiceId,
        String number,
        UUID clientId,
        UUID contractId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        Instant paidAt,
        UUID lastPaymentId,
        Instant occurredAt) {

    public static final EventContract<InvoicePaid> CONTRACT =
            new EventContract<>("billing", "invoice", "InvoicePaid", 1, InvoicePaid.class);

    public InvoicePaid {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contractId, "contractId");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        total = BillingChecks.amount(total, "total");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
