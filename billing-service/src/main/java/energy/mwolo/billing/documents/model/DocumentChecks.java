package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks of the document records. A record that fails one was mapped wrongly from its aggregate: that is a
 * programming error (IllegalArgumentException), and printing a document whose figures do not add up would be worse.
 */
final class DocumentChecks {

    private DocumentChecks() {
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** A text that may be missing: blank is missing (null), anything else stripped. */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A business number {@code <PREFIX>-<YYYY>-<NNNNNN>} (a seventh digit past 999 999); it becomes a storage key, so
     * nothing else may pass.
     */
    static void number(String number, String prefix, String field) {
        if (number == null || !Pattern.matches(prefix + "-\\d{4}-\\d{6,}", number)) {
            throw new IllegalArgumentException(field + " is not " + prefix + "-YYYY-NNNNNN: " + number);
        }
    }

    static void sameCurrency(Currency currency, Money money, String field) {
        Objects.requireNonNull(money, field);
        if (money.currency() != currency) {
            throw new IllegalArgumentException(field + " is in " + money.currency() + ", not " + currency);
        }
    }

    static Money sum(Currency currency, Collection<Money> amounts, String field) {
        Money sum = Money.zero(currency);
        for (Money amount : amounts) {
            sameCurrency(currency, amount, field);
            sum = sum.plus(amount);
        }
        return sum;
    }

    static void equal(Money expected, Money actual, String what) {
        if (expected.compareTo(actual) != 0) {
            throw new IllegalArgumentException(what + ": " + actual + " where " + expected + " adds up");
        }
    }

    /** Lines in the currency, the subtotal their sum, the total the subtotal plus the taxes. */
    static void totals(Currency currency, List<DocumentLine> lines, Money subtotal, List<TaxAmount> taxes,
                       Money total) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a document without lines bills nothing");
        }
        sameCurrency(currency, subtotal, "subtotal");
        sameCurrency(currency, total, "total");
        equal(sum(currency, lines.stream().map(DocumentLine::total).toList(), "lines"), subtotal, "subtotal");
        equal(subtotal.plus(sum(currency, taxes.stream().map(TaxAmount::amount).toList(), "taxes")), total,
                "total");
    }
}
