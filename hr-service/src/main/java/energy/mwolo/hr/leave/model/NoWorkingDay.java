package energy.mwolo.hr.leave.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The period holds no working day of the agency: there is nothing to take. */
public class NoWorkingDay extends DomainException {

    public NoWorkingDay(LeavePeriod period) {
        super(ErrorKind.UNPROCESSABLE, "hr.leave.no_working_day", null, period.start(), period.end());
    }
}
