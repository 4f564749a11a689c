package energy.mwolo.cms.kernel;

import energy.mwolo.platform.web.Problems;
import java.util.Locale;

/** The website's languages. French is the company's language: every item has it, English falls back to it. */
public enum Language {
    FR, EN;

    public static final Language FALLBACK = FR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language asked for: {@code ?lang=} first, then the request's {@code Accept-Language} as the problem
     * messages read it (never the server's own locale); anything else is French.
     */
    public static Language preferred(String asked) {
        String code = asked != null && !asked.isBlank() ? asked : Problems.callerLocale().getLanguage();
        return "en".equalsIgnoreCase(code.strip()) ? EN : FR;
    }

    /** A language named by a request field: {@code fr} or {@code en}, else a 400. */
    public static Language of(String code, String field) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code().equalsIgnoreCase(code.strip())) {
                    return language;
                }
            }
        }
        throw new InvalidField(field, "cms.validation.language", code);
    }
}
