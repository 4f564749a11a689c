package energy.mwolo.hr.attendance.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A badge presented at a kiosk that names nobody: forged, malformed ({@code hr.badge.invalid}) or revoked. */
public class BadgeRefused extends DomainException {

    public BadgeRefused(String code) {
        super(ErrorKind.FORBIDDEN, code, "badge");
    }
}
