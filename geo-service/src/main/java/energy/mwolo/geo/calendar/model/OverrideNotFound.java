package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class OverrideNotFound extends DomainException {

    public OverrideNotFound(String name, int year) {
        super(ErrorKind.NOT_FOUND, "calendar.override.not_found", null, name, String.valueOf(year));
    }
}
