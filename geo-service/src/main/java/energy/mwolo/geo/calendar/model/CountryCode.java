package energy.mwolo.geo.calendar.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The ISO 3166-1 alpha-2 code of the country whose holidays these are (CD for the DR Congo). */
public record CountryCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw InvalidCalendarField.countryCode(value);
        }
    }

    /** Accepts what people type: surrounding blanks and lower case. */
    public static CountryCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidCalendarField.missing("country");
        }
        return new CountryCode(raw.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
