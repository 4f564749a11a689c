package energy.mwolo.hr.attendance.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registered clocking devices, revoked ones included. */
public interface Kiosks {

    Optional<Kiosk> byId(KioskId id);

    /** Every kiosk of the agency, or of every agency when {@code agency} is null; newest first. */
    List<Kiosk> list(UUID agency);

    void add(Kiosk kiosk);

    void update(Kiosk kiosk);
}
