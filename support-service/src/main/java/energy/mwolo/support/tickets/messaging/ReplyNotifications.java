package energy.mwolo.support.tickets.messaging;

import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Tells the client that staff answered its ticket. */
@Component
class ReplyNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyNotifications.class);

    void staffReplied(Ticket ticket, TicketMessage message) {
        LOG.info("Ticket {}: staff replied (message {})", ticket.number(), message.id());
    }
}
