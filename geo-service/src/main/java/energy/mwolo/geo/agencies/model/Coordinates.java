package energy.mwolo.geo.agencies.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A WGS 84 position, kept to the micro-degree (about 0.1 m), which is also what the database stores. */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    private static final int SCALE = 6;
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public Coordinates {
        latitude = checked(latitude, MAX_LATITUDE, "latitude");
        longitude = checked(longitude, MAX_LONGITUDE, "longitude");
    }

    /** No position when neither part is given; half a position is refused. */
    public static Coordinates ofNullable(BigDecimal latitude, BigDecimal longitude) {
        return latitude == null && longitude == null ? null : new Coordinates(latitude, longitude);
    }

    private static BigDecimal checked(BigDecimal value, BigDecimal bound, String field) {
        if (value == null) {
            throw new IncompleteCoordinates(field);
        }
        if (value.abs().compareTo(bound) > 0) {
            throw new CoordinateOutOfRange(field, bound);
        }
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
