package energy.mwolo.hr.employees.model;

import energy.mwolo.hr.kernel.InvalidField;
import java.util.Locale;
import java.util.regex.Pattern;

/** A tax number (numéro d'impôt): letters, digits and dashes, stored in capitals so that case never duplicates it. */
public record Nif(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9][A-Z0-9-]{3,19}$");

    public Nif {
        value = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidField("nif", "hr.nif.invalid");
        }
    }
}
