package energy.mwolo.platform.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Decimals and instants written as PostgreSQL reads them in text (COPY fields, array elements cast in a statement),
 * straight into a builder: a decimal in plain notation ({@code numeric}), an instant in ISO-8601 UTC
 * ({@code timestamptz}, whatever the session's time zone). The result is what {@link BigDecimal#toPlainString()} and
 * {@link Instant#toString()} give, without their intermediate strings and formatters: bulk writes format millions of
 * them (a poll of meter readings holds three decimals and two instants a row).
 */
public final class PostgresText {

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private PostgresText() {
    }

    /** {@code value} as {@link BigDecimal#toPlainString()} writes it. */
    public static StringBuilder append(StringBuilder text, BigDecimal value) {
        int scale = value.scale();
        if (scale <= 0 || scale > 18 || value.precision() > 18) {
            return text.append(value.toPlainString());
        }
        long unscaled = value.unscaledValue().longValue();
        if (unscaled < 0) {
            text.append('-');
            unscaled = -unscaled;
        }
        long power = POWERS_OF_TEN[scale];
        return pad(text.append(unscaled / power).append('.'), unscaled % power, scale);
    }

    /** {@code instant} as {@link Instant#toString()} writes it (years 0 to 9999; others through it). */
    public static StringBuilder append(StringBuilder text, Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return text.append(instant);
        }
        pad(text, year, 4).append('-');
        pad(text, time.getMonthValue(), 2).append('-');
        pad(text, time.getDayOfMonth(), 2).append('T');
        pad(text, time.getHour(), 2).append(':');
        pad(text, time.getMinute(), 2).append(':');
        pad(text, time.getSecond(), 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            text.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(text, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                pad(text, nanos / 1_000, 6);
            } else {
                pad(text, nanos, 9);
            }
        }
        return text.append('Z');
    }

    /** A decimal or an instant as above, anything else as its {@code toString()}. */
    public static String of(Object value) {
        if (value instanceof BigDecimal decimal) {
            return append(new StringBuilder(24), decimal).toString();
        }
        if (value instanceof Instant instant) {
            return append(new StringBuilder(32), instant).toString();
        }
        return value.toString();
    }

    private static StringBuilder pad(StringBuilder text, long value, int width) {
        for (int digits = digits(value); digits < width; digits++) {
            text.append('0');
        }
        return text.append(value);
    }

    private static int digits(long value) {
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }
}
