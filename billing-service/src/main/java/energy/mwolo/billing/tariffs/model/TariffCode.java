package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.InvalidField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tariff's code, as contracts name it ({@code RES-SOCIAL}): 2 to 32 capital letters, digits and dashes, not
 * starting with a dash; typed in any case. crm checks the same form.
 */
public record TariffCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    public TariffCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a tariff code: " + value);
        }
    }

    /** A code as someone typed it; 400 on {@code field} when its form is wrong. */
    public static TariffCode parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "billing.validation.required");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(code).matches()) {
            throw new InvalidField(field, "billing.tariff.code", text);
        }
        return new TariffCode(code);
    }

    @Override
    public String toString() {
        return value;
    }
}
