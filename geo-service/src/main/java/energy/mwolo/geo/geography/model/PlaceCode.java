package energy.mwolo.geo.geography.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A place's code, upper case; unique within the place's parent. */
public record PlaceCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z0-9]{1,3}");

    public PlaceCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidPlaceCode(value);
        }
    }

    /** Accepts what people type: surrounding blanks and lower case. */
    public static PlaceCode of(String raw) {
        return new PlaceCode(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** ISO 3166-1 alpha-2, as countries use. */
    boolean isCountryCode() {
        return COUNTRY.matcher(value).matches();
    }

    /** The part after the dash of an ISO 3166-2 code (KN for CD-KN), as provinces use. */
    boolean isSubdivisionCode() {
        return SUBDIVISION.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
