package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.support.tickets.model.AuthorKind;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketEvent;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketMessage;
import energy.mwolo.support.tickets.model.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks one ticket's deadlines: a deadline near is told to staff as an internal note (and the log), a passed one
 * publishes TicketSlaBreached, each once (the ticket remembers). {@link SlaWatch} calls it for the tickets due soon.
 */
@Service
public class WatchingDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(WatchingDeadlines.class);

    private final Tickets tickets;
    private final SlaClock sla;
    private final SupportSettings settings;
    private final TicketEventPublisher events;
    private final Clock clock;

    WatchingDeadlines(Tickets tickets, SlaClock sla, SupportSettings settings, TicketEventPublisher events,
                      Clock clock) {
        this.tickets = tickets;
        this.sla = sla;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Ticket ids whose deadlines may need a warning or a breach now. */
    @Transactional(readOnly = true)
    public List<TicketId> dueSoon(int limit) {
        return tickets.withDeadlineBefore(clock.instant().plus(settings.sla().warnBefore()), limit);
    }

    @Transactional
    public void check(TicketId id) {
        tickets.lock(id).ifPresent(ticket -> {
            Instant now = clock.instant();
            ticket.checkDeadlines(now, settings.sla().warnBefore());
            List<TicketEvent> recorded = ticket.pullEvents();
            if (recorded.isEmpty()) {
                return;
            }
            for (TicketEvent event : recorded) {
                if (event instanceof TicketEvent.SlaAtRisk risk) {
                    LOG.info("Ticket {}: {} deadline {} is near", ticket.number(), risk.target(), risk.due());
                    ticket.write(new TicketMessage(Uuids.timeOrdered(), null, AuthorKind.SYSTEM,
                            "Échéance SLA proche (" + risk.target().name().toLowerCase(java.util.Locale.ROOT)
                                    + ") : " + risk.due() + " UTC.", true, now), sla.of(ticket.facts().agency()));
                } else if (event instanceof TicketEvent.SlaBreached breach) {
                    LOG.warn("Ticket {}: {} deadline {} breached", ticket.number(), breach.target(), breach.due());
                }
            }
            tickets.update(ticket);
            events.publish(ticket, recorded);
        });
    }
}
