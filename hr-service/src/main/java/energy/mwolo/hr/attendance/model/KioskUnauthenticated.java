package energy.mwolo.hr.attendance.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/**
 * A kiosk request without a valid credential. Unknown kiosk, revoked kiosk and wrong secret give the same answer,
 * so that the refusal tells a guesser nothing.
 */
public class KioskUnauthenticated extends DomainException {

    public KioskUnauthenticated() {
        super(ErrorKind.UNAUTHENTICATED, "hr.kiosk.unauthenticated", null);
    }
}
