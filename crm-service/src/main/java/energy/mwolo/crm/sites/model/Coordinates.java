package energy.mwolo.crm.sites.model;

import energy.mwolo.crm.kernel.InvalidField;
import java.math.BigDecimal;

/** A GPS position: latitude in [-90, 90], longitude in [-180, 180]. */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

    public Coordinates {
        if (latitude == null || latitude.abs().compareTo(NINETY) > 0) {
            throw new InvalidField("latitude", "crm.site.coordinates");
        }
        if (longitude == null || longitude.abs().compareTo(ONE_EIGHTY) > 0) {
            throw new InvalidField("longitude", "crm.site.coordinates");
        }
    }

    /** Both or neither: half a position is a mistake. */
    public static Coordinates ofNullable(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        return new Coordinates(latitude, longitude);
    }
}
