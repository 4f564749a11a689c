package energy.mwolo.hr.attendance.model;

import energy.mwolo.hr.kernel.InvalidField;

/** A GPS position in decimal degrees (WGS 84), as a phone or a device reports it. */
public record Position(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Position {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidField("latitude", "hr.geo.latitude_invalid", latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidField("longitude", "hr.geo.longitude_invalid", longitude);
        }
    }

    /** Both coordinates or neither: one alone is a 400 rather than a clocking silently taken without position. */
    public static Position ofNullable(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw InvalidField.required(latitude == null ? "latitude" : "longitude");
        }
        return new Position(latitude, longitude);
    }

    /** Great-circle distance (haversine), precise enough for a geofence of tens of metres. */
    public double metresTo(Position other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
