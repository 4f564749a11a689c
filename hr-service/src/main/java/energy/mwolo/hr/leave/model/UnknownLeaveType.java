package energy.mwolo.hr.leave.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No leave type has that code. */
public class UnknownLeaveType extends DomainException {

    public UnknownLeaveType(String code) {
        super(ErrorKind.INVALID, "hr.leave.type_unknown", "leave_type", code);
    }
}
