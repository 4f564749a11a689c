package energy.mwolo.hr.leave.application;

import energy.mwolo.hr.leave.model.LeaveRequest;

/** Publishes the events a leave request recorded, inside the use case's transaction. */
public interface LeaveEventPublisher {

    void publishRecordedEvents(LeaveRequest request);
}
