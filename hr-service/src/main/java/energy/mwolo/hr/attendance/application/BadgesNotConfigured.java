package energy.mwolo.hr.attendance.application;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No badge signing key is configured: badges can be neither issued nor read. */
class BadgesNotConfigured extends DomainException {

    BadgesNotConfigured() {
        super(ErrorKind.UNAVAILABLE, "hr.badge.not_configured", null);
    }
}
