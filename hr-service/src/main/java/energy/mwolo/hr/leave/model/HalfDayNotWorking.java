package energy.mwolo.hr.leave.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

/** A half day asked on a day the agency does not work (weekend, public holiday). */
public class HalfDayNotWorking extends DomainException {

    public HalfDayNotWorking(String field, LocalDate day) {
        super(ErrorKind.UNPROCESSABLE, "hr.leave.half_day_not_working", field, day);
    }
}
