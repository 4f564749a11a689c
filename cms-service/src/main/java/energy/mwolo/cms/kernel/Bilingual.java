package energy.mwolo.cms.kernel;

/** A short text in French and, optionally, English; English falls back to French. */
public record Bilingual(String fr, String en) {

    /** Plain text (tags removed), French required; {@code field} names the request field. */
    public static Bilingual plain(String fr, String en, String field, int maxLength) {
        return checked(RichText.plain(fr), RichText.plain(en), field, maxLength);
    }

    /** Rich text cleaned by {@link RichText}, French required. */
    public static Bilingual rich(String fr, String en, String field) {
        return checked(RichText.clean(fr), RichText.clean(en), field, Integer.MAX_VALUE);
    }

    public String in(Language language) {
        return language == Language.EN && en != null ? en : fr;
    }

    private static Bilingual checked(String fr, String en, String field, int maxLength) {
        if (fr == null || fr.isBlank()) {
            throw InvalidField.required(field + "_fr");
        }
        if (fr.length() > maxLength) {
            throw new InvalidField(field + "_fr", "cms.validation.too_long", maxLength);
        }
        if (en != null && en.length() > maxLength) {
            throw new InvalidField(field + "_en", "cms.validation.too_long", maxLength);
        }
        return new Bilingual(fr, en == null || en.isBlank() ? null : en);
    }
}
