package energy.mwolo.hr.attendance.model;

import java.util.Optional;
import java.util.UUID;

/** The agencies' geofences, data kept by HR; an agency without one accepts any position. */
public interface Geofences {

    Optional<Geofence> of(UUID agency);

    /** Sets or replaces the agency's geofence. */
    void put(Geofence geofence);

    /** @return whether there was one */
    boolean remove(UUID agency);
}
