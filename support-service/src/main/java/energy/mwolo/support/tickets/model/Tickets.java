package energy.mwolo.support.tickets.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every ticket. */
public interface Tickets {

    /** The next number of the sequence (gap-tolerant). */
    long nextSequence();

    Optional<Ticket> find(TicketId id);

    /** Locks the ticket until the transaction ends. */
    Optional<Ticket> lock(TicketId id);

    /** The client's connection tickets that still need work. */
    List<TicketId> activeConnectionTicketsOf(UUID client);

    /** Active tickets with a running SLA clock and a deadline before {@code horizon}, at most {@code limit}. */
    List<TicketId> withDeadlineBefore(Instant horizon, int limit);

    void add(Ticket ticket);

    /** Stores the ticket's state and its new messages. */
    void update(Ticket ticket);
}
