package energy.mwolo.identity.mail;

import energy.mwolo.platform.web.Problems;
import java.time.Duration;
import java.util.Locale;

/** The languages mails are written in: French, the company's language with its customers, or English. */
public enum MailLanguage {
    FRENCH("fr", "minute", "minutes", "heure", "heures", "jour", "jours"),
    ENGLISH("en", "minute", "minutes", "hour", "hours", "day", "days");

    private final String code;
    private final String[] units;

    MailLanguage(String code, String... units) {
        this.code = code;
        this.units = units;
    }

    /** {@code en} is English; anything else, absent included, French. */
    public static MailLanguage of(String code) {
        return code != null && code.strip().toLowerCase(Locale.ROOT).equals(ENGLISH.code) ? ENGLISH : FRENCH;
    }

    /** The language of the HTTP request being served (its Accept-Language), French outside a request. */
    public static MailLanguage ofCaller() {
        return Problems.callerLocale().getLanguage().equals(ENGLISH.code) ? ENGLISH : FRENCH;
    }

    public String code() {
        return code;
    }

    /** "30 minutes", "1 heure", "3 days": the largest whole unit. */
    public String readable(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return count(minutes / (24 * 60), 4);
        }
        if (minutes % 60 == 0) {
            return count(minutes / 60, 2);
        }
        return count(minutes, 0);
    }

    private String count(long amount, int unit) {
        return amount + " " + (amount > 1 ? units[unit + 1] : units[unit]);
    }
}
