package energy.mwolo.geo.calendar.model;

/** A holiday's name in French, the company's language, and in English. */
public record HolidayNames(String french, String english) {

    private static final int MAX_LENGTH = 150;

    public HolidayNames {
        french = required(french, "name_fr");
        english = required(english, "name_en");
    }

    private static String required(String name, String field) {
        if (name == null || name.isBlank()) {
            throw InvalidCalendarField.missing(field);
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw InvalidCalendarField.tooLong(field, MAX_LENGTH);
        }
        return stripped;
    }
}
