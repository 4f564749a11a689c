package energy.mwolo.cms.kernel;

/**
 * The website's forms carry a field people never see ({@code website}); robots fill it. A filled honeypot is answered
 * as a success (the robot learns nothing) and nothing is kept.
 */
public final class Honeypot {

    public static final String FIELD = "website";

    private Honeypot() {
    }

    public static boolean caught(String value) {
        return value != null && !value.isBlank();
    }
}
