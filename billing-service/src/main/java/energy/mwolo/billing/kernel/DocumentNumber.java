package energy.mwolo.billing.kernel;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business number shown to people: a prefix, the year it was given in (Africa/Kinshasa) and a sequence within
 * that prefix and year, written {@code FAC-2026-000042}. Six digits at least; a seventh is added past 999,999 rather
 * than ever repeating a number.
 */
public record DocumentNumber(String prefix, int year, long sequence) {

    public static final String INVOICE = "FAC";
    public static final String CREDIT_NOTE = "AV";
    public static final String PAYMENT = "PAY";
    private static final Pattern TEXT = Pattern.compile("([A-Z]+)-(\\d{4})-(\\d{6,})");

    public DocumentNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (sequence < 1) {
            throw new IllegalArgumentException("A sequence starts at 1: " + sequence);
        }
    }

    public static DocumentNumber parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a document number: " + text);
        }
        return new DocumentNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Long.parseLong(matcher.group(3)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", prefix, year, sequence);
    }
}
