package energy.mwolo.support.tickets.model;

import java.time.Instant;
import java.util.UUID;

/** What happened to a ticket, recorded by its transitions; {@code by} is an account id, null for the system. */
public sealed interface TicketEvent {

    record Opened(Instant at) implements TicketEvent {
    }

    record Assigned(Assignment assignment, UUID previousAgent, UUID previousTeam) implements TicketEvent {
    }

    record StatusChanged(TicketStatus from, TicketStatus to, UUID by, Instant at) implements TicketEvent {
    }

    record SlaBreached(SlaTarget target, Instant due, Instant at) implements TicketEvent {
    }

    /** A deadline is near: staff are told, nothing is published. */
    record SlaAtRisk(SlaTarget target, Instant due) implements TicketEvent {
    }

    record Resolved(UUID by, boolean withinSla, Instant at) implements TicketEvent {
    }

    /** Staff answered the client (not an internal note): the client is told. */
    record StaffReplied(TicketMessage message) implements TicketEvent {
    }
}
