package energy.mwolo.billing.mobilemoney.statements.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One payment on a provider's statement, as the provider books it.
 *
 * @param reference our request's reference, or the account a paybill payment named
 * @param status    the provider's word ({@code SUCCEEDED}, {@code FAILED}, {@code PENDING}, ...)
 */
public record StatementLine(String transactionId, String reference, BigDecimal amount, String currency,
                            String status) {

    public StatementLine {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** Money the provider says it collected for us. */
    public boolean succeeded() {
        return status != null && status.strip().toUpperCase(Locale.ROOT).equals("SUCCEEDED");
    }
}
