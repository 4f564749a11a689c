package energy.mwolo.billing.mobilemoney.providers;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Lenient reading of providers' JSON: unknown fields ignored, amounts as strings or numbers, blanks as absent. */
final class Json {

    private Json() {
    }

    /** The text at a path, or null when absent, null or blank; numbers as their text. */
    static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            if (at == null || !at.isObject()) {
                return null;
            }
            at = at.get(name);
        }
        if (at == null || at.isNull() || at.isContainer()) {
            return null;
        }
        String text = at.isNumber() ? at.decimalValue().toPlainString() : at.asString();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * An amount with its currency, or null when either is missing, not a number with at most 2 decimals, or not a
     * currency we bill in.
     */
    static Money money(JsonNode node, String amountField, String currencyField) {
        String amount = text(node, amountField);
        String currency = text(node, currencyField);
        if (amount == null || currency == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(amount);
            return new Money(value, Currency.valueOf(currency.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }
}
