package energy.mwolo.hr.leave.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** No leave request has that id, or the caller may not see it. */
public class LeaveRequestNotFound extends DomainException {

    public LeaveRequestNotFound(LeaveRequestId id) {
        super(ErrorKind.NOT_FOUND, "hr.leave.not_found", null, id);
    }
}
