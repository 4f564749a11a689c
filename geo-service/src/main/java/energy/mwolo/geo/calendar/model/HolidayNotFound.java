package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class HolidayNotFound extends DomainException {

    public HolidayNotFound(HolidayId id) {
        super(ErrorKind.NOT_FOUND, "calendar.holiday.not_found", null, id.value());
    }
}
