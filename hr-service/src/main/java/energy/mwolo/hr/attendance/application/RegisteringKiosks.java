package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.access.HrAccess;
import energy.mwolo.hr.attendance.model.Kiosk;
import energy.mwolo.hr.attendance.model.KioskId;
import energy.mwolo.hr.attendance.model.KioskKind;
import energy.mwolo.hr.attendance.model.Kiosks;
import energy.mwolo.hr.kernel.Codes;
import energy.mwolo.hr.kernel.InvalidField;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR registers clocking devices at open agencies and revokes them; a device's credential is shown once. */
@Service
public class RegisteringKiosks {

    private final Kiosks kiosks;
    private final Agencies agencies;
    private final Clock clock;

    RegisteringKiosks(Kiosks kiosks, Agencies agencies, Clock clock) {
        this.kiosks = kiosks;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public Kiosk.Registered register(UUID agency, String name, String kind, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.CREATE);
        if (agency == null) {
            throw InvalidField.required("agency");
        }
        if (!agencies.isOpen(agency)) {
            throw new InvalidField("agency", "hr.employee.agency_unknown", agency);
        }
        if (name == null || name.isBlank()) {
            throw InvalidField.required("name");
        }
        KioskKind parsed = kind == null ? KioskKind.KIOSK : Codes.parse(KioskKind.class, kind, "kind");
        Kiosk.Registered registered = Kiosk.register(agency, name.strip(), parsed, clock.instant());
        kiosks.add(registered.kiosk());
        return registered;
    }

    /** Revoking a revoked kiosk changes nothing. */
    @Transactional
    public Kiosk revoke(KioskId id, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.UPDATE);
        Kiosk kiosk = kiosks.byId(id).orElseThrow(() -> new KioskNotFound(id));
        if (kiosk.revoke(clock.instant())) {
            kiosks.update(kiosk);
        }
        return kiosk;
    }

    @Transactional(readOnly = true)
    public List<Kiosk> list(UUID agency, CurrentUser user) {
        HrAccess.requireHrStaff(user, HrAccess.READ);
        return kiosks.list(agency);
    }

    static final class KioskNotFound extends DomainException {
        KioskNotFound(KioskId id) {
            super(ErrorKind.NOT_FOUND, "hr.kiosk.not_found", null, id);
        }
    }
}
