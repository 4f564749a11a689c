package energy.mwolo.hr.leave.model;

import java.util.UUID;

/** What happened to a leave request; {@code by} is the account that decided. */
public sealed interface LeaveEvent {

    record Approved(UUID by) implements LeaveEvent {
    }

    record Rejected(UUID by) implements LeaveEvent {
    }

    record Cancelled(UUID by, boolean wasApproved) implements LeaveEvent {
    }
}
