package energy.mwolo.hr.leave.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The employee is already on approved leave for part of the period. */
public class LeaveOverlap extends DomainException {

    public LeaveOverlap(LeaveRequestId other) {
        super(ErrorKind.CONFLICT, "hr.leave.overlap", null, other);
    }
}
