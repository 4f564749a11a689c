package energy.mwolo.support.tickets.messaging;

import energy.mwolo.support.clients.Customer;
import energy.mwolo.support.clients.Customers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails pending reply notices to the clients, in French or English after the client's preferred language (French
 * otherwise), with the ticket's number and the reply. Each notice is sent in its own transaction under a row lock
 * taken with {@code skip locked}, so replicas share the work and a notice goes out once unless the mail server
 * accepted it and the commit then failed. A server that cannot be reached is tried again at the next pass; an address
 * it refuses, or a client crm never announced after a day, drops the notice (logged).
 */
@Component
class MailingReplies {

    private static final Logger LOG = LoggerFactory.getLogger(MailingReplies.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final Customers customers;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final String from;

    MailingReplies(JdbcClient jdbc, Customers customers, JavaMailSender sender, TransactionTemplate transaction,
                   @Value("${mwolo.support.notifications.mail-from}") String from) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.sender = sender;
        this.transaction = transaction;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${mwolo.support.notifications.send-interval:10s}")
    void sendPending() {
        List<UUID> pending = jdbc.sql("""
                select message_id from reply_notices where sent_at is null and dropped_at is null
                order by created_at limit ?""").param(BATCH).query(UUID.class).list();
        for (UUID message : pending) {
            transaction.executeWithoutResult(status -> send(message));
        }
    }

    private void send(UUID message) {
        Optional<Map<String, Object>> notice = jdbc.sql("""
                select t.number, t.client_id, m.body, n.created_at < now() - interval '1 day' as stale
                from reply_notices n join tickets t on t.id = n.ticket_id join ticket_messages m on m.id = n.message_id
                where n.message_id = ? and n.sent_at is null and n.dropped_at is null
                for update of n skip locked""").param(message).query().listOfRows().stream().findFirst();
        if (notice.isEmpty()) {
            return;
        }
        Map<String, Object> row = notice.get();
        Optional<Customer> customer = customers.find((UUID) row.get("client_id"));
        if (customer.isEmpty()) {
            if (Boolean.TRUE.equals(row.get("stale"))) {
                drop(message, "client unknown to support");
            }
            return;
        }
        try {
            sender.send(mail(customer.get(), (String) row.get("number"), (String) row.get("body")));
            jdbc.sql("update reply_notices set sent_at = now(), attempts = attempts + 1 where message_id = ?")
                    .param(message).update();
        } catch (MailParseException | MailPreparationException e) {
            drop(message, e.getClass().getSimpleName());
        } catch (MailException e) {
            LOG.warn("Reply notice {} not sent, tried again later: {}", message, e.getClass().getSimpleName());
            jdbc.sql("update reply_notices set attempts = attempts + 1, last_error = ? where message_id = ?")
                    .params(e.getClass().getSimpleName(), message).update();
        }
    }

    private SimpleMailMessage mail(Customer customer, String number, String reply) {
        boolean english = "en".equals(customer.preferredLanguage());
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(customer.email());
        mail.setSubject(english ? "Reply to your ticket " + number : "Réponse à votre ticket " + number);
        mail.setText((english ? "Hello " : "Bonjour ") + customer.displayName() + ",\n\n"
                + (english ? "Our support team answered your ticket " : "Notre service client a répondu à votre ticket ")
                + number + (english ? ":" : " :") + "\n\n" + reply + "\n\n"
                + (english ? "You can answer in your customer area." : "Vous pouvez répondre depuis votre espace client.")
                + "\n\nMwolo Energy\n");
        return mail;
    }

    private void drop(UUID message, String reason) {
        LOG.warn("Reply notice {} dropped: {}", message, reason);
        jdbc.sql("update reply_notices set dropped_at = now(), last_error = ? where message_id = ?")
                .params(reason, message).update();
    }
}
