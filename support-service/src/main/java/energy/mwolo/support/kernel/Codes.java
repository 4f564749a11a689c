package energy.mwolo.support.kernel;

import java.util.Locale;

/** API codes of enums are their lowercase names; an unknown code is a 400 naming the field. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        if (code == null || code.isBlank()) {
            throw InvalidField.required(field);
        }
        return parseOrNull(type, code, field);
    }

    /** Null for a null code (a filter left out); an unknown code is still a 400. */
    public static <E extends Enum<E>> E parseOrNull(Class<E> type, String code, String field) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "support.validation.unknown_code", code);
        }
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
