package energy.mwolo.support.tickets.application;

import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.clients.Customer;
import energy.mwolo.support.clients.Customers;
import energy.mwolo.support.kernel.BusinessTime;
import energy.mwolo.support.kernel.InvalidField;
import energy.mwolo.support.tickets.model.AuthorKind;
import energy.mwolo.support.tickets.model.Priority;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketFacts;
import energy.mwolo.support.tickets.model.TicketId;
import energy.mwolo.support.tickets.model.TicketNumber;
import energy.mwolo.support.tickets.model.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a ticket for a client: a client for itself (its token's client_id, whatever the body says), staff for a
 * client crm announced. Its SLA deadlines are counted on the client's agency's calendar, and the round robin gives
 * it to an agent of that agency, in the same transaction.
 */
@Service
public class OpeningTicket {

    private final Tickets tickets;
    private final Customers customers;
    private final SlaClock sla;
    private final AssigningTicket assigning;
    private final TicketEventPublisher events;
    private final Clock clock;

    OpeningTicket(Tickets tickets, Customers customers, SlaClock sla, AssigningTicket assigning,
                  TicketEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.sla = sla;
        this.assigning = assigning;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TicketId open(OpeningRequest request, CurrentUser user) {
        user.require(SupportAccess.CREATE);
        boolean client = SupportAccess.isClient(user);
        UUID clientId = client ? ownClient(user) : request.client();
        if (clientId == null) {
            throw InvalidField.required("client");
        }
        Optional<Customer> customer = customers.find(clientId);
        if (customer.isEmpty() && !client) {
            throw new InvalidField("client", "support.ticket.client_unknown", clientId);
        }
        if (request.site() != null) {
            customers.clientOfSite(request.site()).filter(owner -> !owner.equals(clientId)).ifPresent(owner -> {
                throw new InvalidField("site", "support.ticket.site_not_of_client", request.site());
            });
        }
        UUID agency = customer.map(Customer::agencyId).orElse(null);
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        Instant now = clock.instant();
        TicketFacts facts = new TicketFacts(clientId, request.site(), agency, request.category(), request.subject(),
                request.description(), request.invoice(), request.meter());
        TicketId id = new TicketId(Uuids.timeOrdered());
        String number = TicketNumber.of(BusinessTime.dayOf(now).getYear(), tickets.nextSequence());
        Ticket ticket = Ticket.open(id, number, facts, priority, user.userId(),
                client ? AuthorKind.CLIENT : AuthorKind.STAFF, now, sla.deadlines(agency, priority, now));
        assigning.assignAutomatically(ticket, now);
        tickets.add(ticket);
        events.publishRecordedEvents(ticket);
        return id;
    }

    private static UUID ownClient(CurrentUser user) {
        if (user.clientId() == null) {
            throw new InvalidField("client", "support.ticket.no_client_link");
        }
        return user.clientId();
    }
}
