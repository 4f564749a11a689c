package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.support.clients.Customers;
import energy.mwolo.support.tickets.model.AuthorKind;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketMessage;
import energy.mwolo.support.tickets.model.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations cut or restored a meter's supply: each open connection ticket of the site's client gets a system
 * message saying so, which the client sees. A site crm has not announced, or a client without such a ticket, changes
 * nothing.
 */
@Service
public class NotingMeterEvents {

    private static final Logger LOG = LoggerFactory.getLogger(NotingMeterEvents.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Africa/Kinshasa"));

    private final Tickets tickets;
    private final Customers customers;
    private final SlaClock sla;
    private final TicketEventPublisher events;
    private final Clock clock;

    NotingMeterEvents(Tickets tickets, Customers customers, SlaClock sla, TicketEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    /** Within the consumer's transaction. */
    @Transactional
    public void supplyChanged(UUID site, String meterNumber, boolean connected, Instant at) {
        UUID client = customers.clientOfSite(site).orElse(null);
        if (client == null) {
            LOG.debug("Meter {} of site {}, unknown to support: no ticket to tell", meterNumber, site);
            return;
        }
        String body = connected
                ? "Le compteur " + meterNumber + " a été reconnecté le " + WHEN.format(at) + "."
                : "Le compteur " + meterNumber + " a été coupé le " + WHEN.format(at) + ".";
        List<TicketId> open = tickets.activeConnectionTicketsOf(client);
        for (TicketId id : open) {
            tickets.lock(id).ifPresent(ticket -> {
                ticket.write(new TicketMessage(Uuids.timeOrdered(), null, AuthorKind.SYSTEM, body, false,
                        clock.instant()), sla.of(ticket.facts().agency()));
                tickets.update(ticket);
                events.publishRecordedEvents(ticket);
            });
        }
    }
}
