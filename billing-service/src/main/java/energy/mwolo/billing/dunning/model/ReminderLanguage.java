package energy.mwolo.billing.dunning.model;

import java.util.Locale;

/**
 * The language a reminder is written in: the client's when its texts exist (French, English), else French, the
 * company's language (Lingala and Swahili until they are translated; no preference at all).
 */
public final class ReminderLanguage {

    public static final String DEFAULT = "fr";

    private ReminderLanguage() {
    }

    public static String of(String preferred) {
        if (preferred == null) {
            return DEFAULT;
        }
        String language = preferred.strip().toLowerCase(Locale.ROOT);
        return language.equals("en") ? "en" : DEFAULT;
    }
}
