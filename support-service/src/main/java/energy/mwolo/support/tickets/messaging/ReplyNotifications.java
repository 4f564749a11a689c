package energy.mwolo.support.tickets.messaging;

import energy.mwolo.support.tickets.model.Category;
import energy.mwolo.support.tickets.model.Ticket;
import energy.mwolo.support.tickets.model.TicketMessage;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records, in the reply's transaction, that the client is to be told of staff's reply; {@link MailingReplies} sends
 * it, by e-mail and, on an outage ticket, by SMS too. A reply that rolls back leaves no notice; a notice is never sent for a reply that did not commit.
 */
@Component
class ReplyNotifications {

    private final JdbcClient jdbc;

    ReplyNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void staffReplied(Ticket ticket, TicketMessage message) {
        jdbc.sql("""
                insert into reply_notices (message_id, ticket_id, created_at, sms_due) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(message.id(), ticket.id().value(), Timestamp.from(message.postedAt()),
                        ticket.facts().category() == Category.OUTAGE)
                .update();
    }
}
