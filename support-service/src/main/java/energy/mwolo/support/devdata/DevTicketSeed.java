package energy.mwolo.support.devdata;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.platform.devdata.RetriedSeed;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.clients.Customers;
import energy.mwolo.support.tickets.application.BrowsingTickets;
import energy.mwolo.support.tickets.application.OpeningRequest;
import energy.mwolo.support.tickets.application.OpeningTicket;
import energy.mwolo.support.tickets.application.TicketQuery;
import energy.mwolo.support.tickets.model.Category;
import energy.mwolo.support.tickets.model.Priority;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The dev customer's ticket, so that a person signed in as {@code client@mwolo.local} finds one in the portal and
 * support's staff find it in their queue: a question about the home's invoice, opened by the customer itself through
 * the use case (announced on support's topic like any other; unassigned and without SLA deadlines, since the dev
 * customer is filed at no agency, whose agents and calendar they would follow). The client comes from
 * crm's events in its own time, so this tries every {@code mwolo.dev-data.retry-every} until the ticket exists, then
 * stops; a ticket of the customer with this subject already there (an earlier start) means nothing is opened.
 * Never active in another profile.
 */
@Component
@Profile("dev")
class DevTicketSeed extends RetriedSeed {

    static final String SUBJECT = "Facture du mois plus élevée que d'habitude";
    private static final String DESCRIPTION = """
            Bonjour, la facture de ce mois pour la maison est plus élevée que les précédentes alors que notre \
            consommation n'a pas changé. Pouvez-vous vérifier le montant avant l'échéance ? Merci.""";
    private static final Logger log = LoggerFactory.getLogger(DevTicketSeed.class);

    /** The dev customer as its token presents it: the permissions a client's role grants for tickets. */
    static final CurrentUser CUSTOMER = new CurrentUser(DevCustomer.userId(), Set.of(SupportAccess.CLIENT),
            Set.of(SupportAccess.CREATE, SupportAccess.READ), null, DevCustomer.clientId(), null);

    private final Customers customers;
    private final OpeningTicket opening;
    private final BrowsingTickets browsing;

    DevTicketSeed(Customers customers, OpeningTicket opening, BrowsingTickets browsing) {
        this.customers = customers;
        this.opening = opening;
        this.browsing = browsing;
    }

    /** Opens the ticket unless it is there; false while crm's client is not known yet. */
    @Override
    public boolean seed() {
        if (customers.find(DevCustomer.clientId()).isEmpty()) {
            log.debug("Dev ticket: the dev customer is not known yet");
            return false;
        }
        TicketQuery own = browsing.scoped(new TicketQuery(null, Category.BILLING, null, null, null, null, null,
                Set.of(), TicketQuery.Ordering.OLDEST), CUSTOMER);
        boolean there = browsing.find(own, 0, 100).stream()
                .anyMatch(ticket -> ticket.facts().subject().equals(SUBJECT));
        if (!there) {
            opening.open(new OpeningRequest(null, DevCustomer.homeSiteId(), Category.BILLING, Priority.NORMAL,
                    SUBJECT, DESCRIPTION, null, null), CUSTOMER);
            log.info("Dev ticket: the dev customer's question about its invoice is open");
        }
        return true;
    }
}
