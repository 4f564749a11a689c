package energy.mwolo.hr.leave.messaging;

import energy.mwolo.contracts.hr.LeaveApproved;
import energy.mwolo.contracts.hr.LeaveCancelled;
import energy.mwolo.contracts.hr.LeaveRejected;
import energy.mwolo.hr.leave.application.LeaveEventPublisher;
import energy.mwolo.hr.leave.model.LeaveEvent;
import energy.mwolo.hr.leave.model.LeavePeriod;
import energy.mwolo.hr.leave.model.LeaveRequest;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The Kafka key is the request id: a request's decisions stay in order. */
@Component
class OutboxLeaveEvents implements LeaveEventPublisher {

    private final Outbox outbox;

    OutboxLeaveEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishRecordedEvents(LeaveRequest request) {
        String key = request.id().toString();
        UUID id = request.id().value();
        UUID employee = request.employee().value();
        LeavePeriod period = request.period();
        Instant now = Instant.now();
        for (LeaveEvent event : request.pullEvents()) {
            if (event instanceof LeaveEvent.Approved approved) {
                outbox.publish(LeaveApproved.CONTRACT, key, new LeaveApproved(id, employee, request.leaveType(),
                        period.start(), period.startsAtMidday(), period.end(), period.endsAtMidday(), request.days(),
                        approved.by(), now));
            } else if (event instanceof LeaveEvent.Rejected rejected) {
                outbox.publish(LeaveRejected.CONTRACT, key, new LeaveRejected(id, employee, request.leaveType(),
                        period.start(), period.end(), rejected.by(), now));
            } else if (event instanceof LeaveEvent.Cancelled cancelled) {
                outbox.publish(LeaveCancelled.CONTRACT, key, new LeaveCancelled(id, employee, request.leaveType(),
                        period.start(), period.end(), request.days(), cancelled.wasApproved(), cancelled.by(), now));
            }
        }
    }
}
