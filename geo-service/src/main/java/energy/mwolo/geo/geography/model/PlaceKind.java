package energy.mwolo.geo.geography.model;

import java.util.Locale;

/** The kinds of records this feature holds; names the error codes about them. */
public enum PlaceKind {
    COUNTRY, PROVINCE, COMMUNE, TERRITORY, NATIONALITY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
