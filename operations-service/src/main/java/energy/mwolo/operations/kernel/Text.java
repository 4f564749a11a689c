package energy.mwolo.operations.kernel;

/** Free text fields: stripped, blank as absent, bounded. */
public final class Text {

    private Text() {
    }

    /** The stripped text, or null when absent or blank. */
    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw InvalidField.tooLong(field, maxLength);
        }
        return stripped;
    }

    public static String required(String value, String field, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw InvalidField.required(field);
        }
        return text;
    }
}
