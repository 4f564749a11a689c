package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** An extra day is one date of one year: to move it, cancel it and declare the right date. */
public class ExtraDayHasNoOverrides extends DomainException {

    public ExtraDayHasNoOverrides(String name) {
        super(ErrorKind.CONFLICT, "calendar.holiday.extra_has_no_overrides", null, name);
    }
}
