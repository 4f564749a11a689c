package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.tickets.model.AuthorKind;
import energy.mwolo.support.tickets.model.InternalNoteRefused;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketMessage;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages on a ticket: a client answers its own tickets (never an internal note); staff with support:update reply
 * or write internal notes. A closed ticket takes none.
 */
@Service
public class WritingMessage {

    private final TicketAccess access;
    private final SlaClock sla;
    private final TicketEventPublisher events;
    private final Clock clock;

    WritingMessage(TicketAccess access, SlaClock sla, TicketEventPublisher events, Clock clock) {
        this.access = access;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID write(TicketId id, String body, boolean internal, CurrentUser user) {
        Ticket ticket = access.lockReadable(id, user);
        AuthorKind kind;
        if (SupportAccess.isClient(user)) {
            user.require(SupportAccess.CREATE);
            if (internal) {
                throw new InternalNoteRefused();
            }
            kind = AuthorKind.CLIENT;
        } else {
            SupportAccess.requireAgent(user);
            kind = AuthorKind.STAFF;
        }
        TicketMessage message = ticket.write(new TicketMessage(Uuids.timeOrdered(), user.userId(), kind, body,
                internal, clock.instant()), sla.of(ticket.facts().agency()));
        access.save(ticket, events);
        return message.id();
    }
}
