package energy.mwolo.geo.geography.web;

/** What request fields accept, checked before any use case runs; blanks around codes are forgiven. */
final class Patterns {

    static final String COUNTRY_CODE = "\\s*[A-Za-z]{2}\\s*";
    static final String PROVINCE_CODE = "\\s*[A-Za-z0-9]{1,3}\\s*";
    static final String PLACE_CODE = "\\s*[A-Za-z0-9][A-Za-z0-9-]{0,19}\\s*";
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final int NAME_LENGTH = 120;

    private Patterns() {
    }
}
