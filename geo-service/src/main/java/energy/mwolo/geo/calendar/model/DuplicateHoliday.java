package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The country already has this holiday on this day for some of these years. */
public class DuplicateHoliday extends DomainException {

    public DuplicateHoliday(String existingName) {
        super(ErrorKind.CONFLICT, "calendar.holiday.duplicate", null, existingName);
    }
}
