package energy.mwolo.geo.agencies.model;

import energy.mwolo.geo.geography.model.PlaceCode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code AG-<province code>-<number>}, the number zero-padded to three digits and growing past 999. */
public record AgencyCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("AG-([A-Z0-9]{1,3})-(\\d{3,})");

    public AgencyCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an agency code: " + value);
        }
    }

    public static AgencyCode of(PlaceCode provinceCode, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Agency numbers start at 1, got " + number);
        }
        return new AgencyCode(String.format(Locale.ROOT, "AG-%s-%03d", provinceCode.value(), number));
    }

    public String provinceCode() {
        return parts().group(1);
    }

    public int number() {
        return Integer.parseInt(parts().group(2));
    }

    private Matcher parts() {
        Matcher matcher = FORMAT.matcher(value);
        matcher.matches();
        return matcher;
    }

    @Override
    public String toString() {
        return value;
    }
}
