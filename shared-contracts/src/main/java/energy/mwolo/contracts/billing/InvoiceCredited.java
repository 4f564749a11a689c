package energy.mwolo.contracts.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A credit note reduced an invoice. {@code kind} full: the credit note cancels the invoice (status cancelled,
 * nothing left to pay; what was already paid becomes client credit); partial: the invoice stays, with
 * {@code remainingBalance} left to pay. Amounts are in the invoice's {@code currency}; {@code reason} is the
 * accountant's, for people.
 * Nullable: none.
 */
@ContractPayload
public record InvoiceCredited(
        UUID invoiceId,
        String number,
        UUID clientId,
        UUID contractId,
        UUID creditNoteId,
        String creditNoteNumber,
        String kind,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountCredited,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal remainingBalance,
        String reason,
        Instant occurredAt) {

    public static final EventContract<InvoiceCredited> CONTRACT =
            new EventContract<>("billing", "invoice", "InvoiceCredited", 1, InvoiceCredited.class);

    /** The whole invoice is cancelled. */
    public static final String FULL = "full";
    /** Part of the invoice is credited; it stays due for the rest. */
    public static final String PARTIAL = "partial";

    private static final Set<String> KINDS = Set.of(FULL, PARTIAL);

    public InvoiceCredited {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(creditNoteId, "creditNoteId");
        Objects.requireNonNull(creditNoteNumber, "creditNoteNumber");
        BillingChecks.oneOf(KINDS, kind, "kind");
        BillingChecks.oneOf(BillingChecks.CURRENCIES, currency, "currency");
        amountCredited = BillingChecks.positiveAmount(amountCredited, "amountCredited");
        remainingBalance = BillingChecks.amount(remainingBalance, "remainingBalance");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (FULL.equals(kind) && remainingBalance.signum() != 0) {
            throw new IllegalArgumentException("a full credit leaves nothing to pay, not " + remainingBalance);
        }
    }
}
