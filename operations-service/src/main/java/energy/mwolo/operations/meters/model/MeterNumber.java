package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.InvalidField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number printed on a meter and used by its head-end (an STS meter's 11 digits, or a manufacturer's letters and
 * digits), unique across meters. Kept in upper case without surrounding spaces, so one meter has one spelling.
 */
public record MeterNumber(String value) {

    public static final int MAX_LENGTH = 40;
    private static final String FIELD = "number";
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

    public MeterNumber {
        if (value == null || value.isBlank()) {
            throw InvalidField.required(FIELD);
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw InvalidField.tooLong(FIELD, MAX_LENGTH);
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidField(FIELD, "meters.number.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
