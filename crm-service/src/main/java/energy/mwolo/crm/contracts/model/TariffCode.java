package energy.mwolo.crm.contracts.model;

import energy.mwolo.crm.kernel.InvalidField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of a tariff in billing's catalogue ({@code RES-SOCIAL}): capital letters, digits and dashes, 2 to 32
 * characters, not starting with a dash. CRM keeps it on the contract for billing and checks only its form: the
 * catalogue is billing's.
 */
public record TariffCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    public TariffCode {
        if (!wellFormed(value)) {
            throw new InvalidField("tariff_code", "crm.contract.tariff_code", value);
        }
    }

    /** A code as people type it, case and surrounding spaces ignored; blank means none. */
    public static TariffCode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!wellFormed(code)) {
            // The refusal quotes what was typed, not what it was turned into.
            throw new InvalidField("tariff_code", "crm.contract.tariff_code", text);
        }
        return new TariffCode(code);
    }

    private static boolean wellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** The code's text, or null for none. */
    public static String text(TariffCode code) {
        return code == null ? null : code.value();
    }
}
