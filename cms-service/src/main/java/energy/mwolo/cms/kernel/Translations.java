package energy.mwolo.cms.kernel;

import java.util.Map;

/** An item's texts keyed by language code: French is required, English falls back to French. */
public final class Translations {

    private Translations() {
    }

    /** The text in that language, else the French one. */
    public static <T> T in(Map<String, T> texts, Language language) {
        T text = texts.get(language.code());
        return text != null ? text : texts.get(Language.FALLBACK.code());
    }

    /** The language {@link #in} serves. */
    public static Language served(Map<String, ?> texts, Language language) {
        return texts.containsKey(language.code()) ? language : Language.FALLBACK;
    }

    /** Refuses texts without French: an item must show on the French site. */
    public static <T> Map<String, T> checked(Map<String, T> texts) {
        if (texts == null || !texts.containsKey(Language.FALLBACK.code())) {
            throw InvalidField.required(Language.FALLBACK.code());
        }
        return texts;
    }
}
