package energy.mwolo.hr.attendance.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A clocking whose position lies outside its agency's geofence. */
public class OutsideGeofence extends DomainException {

    public OutsideGeofence(long distanceMetres, int radiusMetres) {
        super(ErrorKind.UNPROCESSABLE, "hr.attendance.outside_geofence", null, distanceMetres, radiusMetres);
    }
}
