package energy.mwolo.operations.equipment.model;

import energy.mwolo.operations.kernel.InvalidField;
import java.util.Locale;

/**
 * A manufacturer's serial number as written on the device, unique across all equipment ignoring case (what a
 * technician types in lower case is the same device).
 */
public record SerialNumber(String value) {

    public static final int MAX_LENGTH = 80;
    private static final String FIELD = "serial_number";

    public SerialNumber {
        if (value == null || value.isBlank()) {
            throw InvalidField.required(FIELD);
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw InvalidField.tooLong(FIELD, MAX_LENGTH);
        }
        if (!value.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new InvalidField(FIELD, "equipment.serial.invalid");
        }
    }

    /** What uniqueness compares. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
