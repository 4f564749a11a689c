package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.attendance.model.Geofence;
import energy.mwolo.hr.attendance.model.Geofences;
import energy.mwolo.hr.attendance.model.Position;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR sets, reads and removes an agency's geofence (centre and radius are data, not code). */
@Service
public class SettingGeofences {

    private final Geofences geofences;
    private final Agencies agencies;

    SettingGeofences(Geofences geofences, Agencies agencies) {
        this.geofences = geofences;
        this.agencies = agencies;
    }

    @Transactional
    public Geofence put(UUID agency, Position centre, Integer radiusMetres, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        if (!agencies.exists(agency)) {
            throw new InvalidField("agency", "hr.employee.agency_unknown", agency);
        }
        if (centre == null) {
            throw InvalidField.required("latitude");
        }
        if (radiusMetres == null) {
            throw InvalidField.required("radius_metres");
        }
        Geofence geofence = new Geofence(agency, centre, radiusMetres);
        geofences.put(geofence);
        return geofence;
    }

    @Transactional(readOnly = true)
    public Geofence show(UUID agency, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.READ);
        return geofences.of(agency).orElseThrow(() -> new NoGeofence(agency));
    }

    @Transactional
    public void remove(UUID agency, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        if (!geofences.remove(agency)) {
            throw new NoGeofence(agency);
        }
    }

    static final class NoGeofence extends DomainException {
        NoGeofence(UUID agency) {
            super(ErrorKind.NOT_FOUND, "hr.geofence.not_found", null, agency);
        }
    }
}
