package energy.mwolo.hr.attendance.model;

import energy.mwolo.hr.kernel.InvalidField;
import java.util.Objects;
import java.util.UUID;

/**
 * The circle around an agency inside which a clocking that carries a position is accepted. A clocking outside is
 * refused, not flagged: a flag nobody reads would let a clocking from home count as presence.
 */
public record Geofence(UUID agency, Position centre, int radiusMetres) {

    public static final int MAX_RADIUS_METRES = 50_000;

    public Geofence {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(centre, "centre");
        if (radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES) {
            throw new InvalidField("radius_metres", "hr.geofence.radius_invalid", radiusMetres, MAX_RADIUS_METRES);
        }
    }

    /** @throws AttendanceRefused ({@code hr.attendance.outside_geofence}, 422) when the position is outside */
    public void requireInside(Position position) {
        long distance = Math.round(centre.metresTo(position));
        if (distance > radiusMetres) {
            throw new OutsideGeofence(distance, radiusMetres);
        }
    }
}
