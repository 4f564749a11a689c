package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.leave.model.LeaveRequest;
import energy.mwolo.hr.leave.model.LeaveRequestId;
import java.util.List;
import java.util.Optional;

/** Reads of leave requests that lock nothing. */
public interface LeaveDirectory {

    Optional<LeaveRequest> find(LeaveRequestId id);

    long count(LeaveQuery query);

    /** Newest start first. */
    List<LeaveRequest> find(LeaveQuery query, long offset, int limit);
}
