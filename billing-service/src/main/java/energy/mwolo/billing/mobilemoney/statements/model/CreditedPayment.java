package energy.mwolo.billing.mobilemoney.statements.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider transaction billing credited.
 *
 * @param reference our request's reference, or the account a paybill payment named
 */
public record CreditedPayment(String transactionId, String reference, UUID clientId, BigDecimal amount,
                              String currency) {

    public CreditedPayment {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
