package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A cancelled holiday stays cancelled: a holiday declared again is a new holiday. */
public class HolidayIsCancelled extends DomainException {

    public HolidayIsCancelled(String name) {
        super(ErrorKind.CONFLICT, "calendar.holiday.cancelled", null, name);
    }
}
