package energy.mwolo.geo.geography.model;

/** Checks the name every place carries. */
final class PlaceName {

    static final int MAX_LENGTH = 120;

    private PlaceName() {
    }

    static String require(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_LENGTH) {
            throw new InvalidPlaceName();
        }
        return name.strip();
    }
}
