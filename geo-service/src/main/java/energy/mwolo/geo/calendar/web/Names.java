package energy.mwolo.geo.calendar.web;

import java.util.Locale;

/** The name for people reading in the request's language: English when asked for, French otherwise. */
final class Names {

    private Names() {
    }

    static String inLanguage(Locale locale, String french, String english) {
        return "en".equals(locale.getLanguage()) ? english : french;
    }
}
