package energy.mwolo.billing.kernel;

import java.util.Locale;

/** API codes of enums are their lowercase names; an unknown code is a 400 naming the field. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidField(field, "billing.validation.required");
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "billing.validation.unknown_code", code);
        }
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
