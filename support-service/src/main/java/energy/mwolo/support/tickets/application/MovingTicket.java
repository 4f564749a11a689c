package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketStatus;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workflow: staff move tickets along it; a client, or staff, reopen a resolved one within the period. */
@Service
public class MovingTicket {

    private final TicketAccess access;
    private final SlaClock sla;
    private final TicketEventPublisher events;
    private final SupportSettings settings;
    private final Clock clock;

    MovingTicket(TicketAccess access, SlaClock sla, TicketEventPublisher events, SupportSettings settings,
                 Clock clock) {
        this.access = access;
        this.sla = sla;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void move(TicketId id, TicketStatus next, CurrentUser user) {
        Ticket ticket = access.lockReadable(id, user);
        SupportAccess.requireAgent(user);
        ticket.moveTo(next, user.userId(), clock.instant(), sla.of(ticket.facts().agency()));
        access.save(ticket, events);
    }

    @Transactional
    public void reopen(TicketId id, CurrentUser user) {
        Ticket ticket = access.lockReadable(id, user);
        if (SupportAccess.isClient(user)) {
            user.require(SupportAccess.CREATE);
        } else {
            SupportAccess.requireAgent(user);
        }
        ticket.reopen(user.userId(), clock.instant(), settings.reopenPeriod(), sla.of(ticket.facts().agency()));
        access.save(ticket, events);
    }
}
