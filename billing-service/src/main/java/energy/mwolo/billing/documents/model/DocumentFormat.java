package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How numbers, amounts and dates are written on documents, the French way of the DR Congo: {@code 1 234,56 USD},
 * {@code 16 %}, {@code 05/03/2026}. Digits are grouped by a narrow no-break space (U+202F) and the currency code and
 * the percent sign follow a no-break space (U+00A0), as French typography and CLDR's {@code fr} data have it: an
 * amount never breaks across two lines. Written here rather than taken from the JDK's locale data, whose French
 * grouping character changed between JDK versions: a document must read the same whatever runs the service.
 */
public final class DocumentFormat {

    /** Between groups of three digits. */
    public static final char GROUP = '\u202F';
    /** Before a currency code or a percent sign. */
    public static final char UNIT_SPACE = '\u00A0';

    private static final String[] MONTHS = {
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre"
    };

    private DocumentFormat() {
    }

    /** {@code 1 234,56 USD}. */
    public static String amount(Money money) {
        return decimal(money.amount(), money.currency().scale()) + UNIT_SPACE + money.currency().name();
    }

    /** An amount without its currency, where a column header names it: {@code 1 234,56}. */
    public static String figures(Money money) {
        return decimal(money.amount(), money.currency().scale());
    }

    /** A quantity with the decimals it has and no more: {@code 312}, {@code 1,5}, {@code 1 250}. */
    public static String quantity(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return decimal(stripped, Math.max(0, stripped.scale()));
    }

    /** A unit price with at least the two decimals of money, more when a tariff has them: {@code 0,1234}. */
    public static String unitPrice(BigDecimal price) {
        return decimal(price, Math.max(2, price.stripTrailingZeros().scale()));
    }

    /** A rate given as a fraction, in percent: 0.16 is {@code 16 %}, 0.085 is {@code 8,5 %}. */
    public static String percent(BigDecimal fraction) {
        return quantity(fraction.movePointRight(2)) + UNIT_SPACE + "%";
    }

    /** An exchange rate, francs for one dollar, with the central bank's four decimals: {@code 2 850,0000}. */
    public static String exchangeRate(BigDecimal rate) {
        return decimal(rate, 4);
    }

    /** {@code 05/03/2026}. */
    public static String date(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** {@code 5 mars 2026}. */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + (date.getDayOfMonth() == 1 ? "er " : " ") + MONTHS[date.getMonthValue() - 1]
                + " " + date.getYear();
    }

    /** The instant in Kinshasa: {@code 05/03/2026 à 14:30}. */
    public static String dateTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
        return date(local.toLocalDate()) + " à " + String.format("%02d:%02d", local.getHour(), local.getMinute());
    }

    /** Digits grouped by three, a decimal comma, exactly {@code scale} decimals (half up beyond them). */
    static String decimal(BigDecimal value, int scale) {
        String plain = value.abs().setScale(scale, RoundingMode.HALF_UP).toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder text = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(GROUP);
            }
            text.append(whole.charAt(i));
        }
        return point < 0 ? text.toString() : text.append(',').append(plain, point + 1, plain.length()).toString();
    }
}
