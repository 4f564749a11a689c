package energy.mwolo.hr.attendance.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.LocalDate;

/** A clocking that contradicts the day's record: clocking in twice, out before in, out twice. */
public class AttendanceRefused extends DomainException {

    public AttendanceRefused(String code, LocalDate day) {
        super(ErrorKind.CONFLICT, code, null, day);
    }
}
