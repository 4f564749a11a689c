package energy.mwolo.support.tickets.messaging;

import energy.mwolo.platform.notifications.Sms;
import energy.mwolo.platform.notifications.SmsNotSent;
import energy.mwolo.platform.notifications.SmsSender;
import energy.mwolo.support.clients.Customer;
import energy.mwolo.support.clients.Customers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * Sends pending reply notices: a mail to the client, in French or English after its preferred language (French
 * otherwise), with the ticket's number and the reply; on an outage ticket also a short SMS to the client's phone, when
 * an SMS gateway is configured ({@code mwolo.sms.base-url}) and crm knows a phone. Each notice is handled in its own
 * transaction under a row lock taken with {@code skip locked}, so replicas share the work; each channel is marked
 * when it went out and retried at the next pass otherwise (an SMS carries the reply's id as its reference, so the
 * gateway keeps one). An address the server refuses, an SMS the gateway refuses for good, or a client crm never
 * announced after a day, gives the channel up (logged).
 */
@Component
class MailingReplies {

    private static final Logger LOG = LoggerFactory.getLogger(MailingReplies.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final Customers customers;
    private final JavaMailSender mails;
    private final ObjectProvider<SmsSender> sms;
    private final TransactionTemplate transaction;
    private final String from;

    MailingReplies(JdbcClient jdbc, Customers customers, JavaMailSender mails, ObjectProvider<SmsSender> sms,
                   TransactionTemplate transaction, @Value("${mwolo.support.notifications.mail-from}") String from) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.mails = mails;
        this.sms = sms;
        this.transaction = transaction;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${mwolo.support.notifications.send-interval:10s}")
    void sendPending() {
        List<UUID> pending = jdbc.sql("""
                select message_id from reply_notices
                where dropped_at is null and (sent_at is null or (sms_due and sms_sent_at is null))
                order by created_at limit ?""").param(BATCH).query(UUID.class).list();
        for (UUID message : pending) {
            transaction.executeWithoutResult(status -> send(message));
        }
    }

    private void send(UUID message) {
        Optional<Map<String, Object>> notice = jdbc.sql("""
                select t.number, t.client_id, m.body, n.sent_at is null as mail_due,
                       n.sms_due and n.sms_sent_at is null as sms_due,
                       n.created_at < now() - interval '1 day' as stale
                from reply_notices n join tickets t on t.id = n.ticket_id join ticket_messages m on m.id = n.message_id
                where n.message_id = ? and n.dropped_at is null
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
        String number = (String) row.get("number");
        if (Boolean.TRUE.equals(row.get("mail_due"))) {
            mail(message, customer.get(), number, (String) row.get("body"));
        }
        if (Boolean.TRUE.equals(row.get("sms_due"))) {
            text(message, customer.get(), number);
        }
    }

    private void mail(UUID message, Customer customer, String number, String reply) {
        try {
            mails.send(mail(customer, number, reply));
            jdbc.sql("update reply_notices set sent_at = now(), attempts = attempts + 1 where message_id = ?")
                    .param(message).update();
        } catch (MailParseException | MailPreparationException e) {
            drop(message, e.getClass().getSimpleName());
        } catch (MailException e) {
            failed(message, e.getClass().getSimpleName());
        }
    }

    private void text(UUID message, Customer customer, String number) {
        SmsSender sender = sms.getIfAvailable();
        if (sender == null || customer.phone() == null) {
            // no gateway configured or no number known: nothing to retry, the mail told the client
            jdbc.sql("update reply_notices set sms_due = false where message_id = ?").param(message).update();
            return;
        }
        boolean english = "en".equals(customer.preferredLanguage());
        String text = english
                ? "Mwolo Energy: our support answered your outage ticket " + number + ". See your customer area."
                : "Mwolo Energy : le service client a répondu à votre ticket de panne " + number
                        + ". Consultez votre espace client.";
        try {
            sender.send(new Sms(customer.phone(), text, "support-reply-" + message));
            jdbc.sql("update reply_notices set sms_sent_at = now() where message_id = ?").param(message).update();
        } catch (SmsNotSent e) {
            if (e.retryable()) {
                failed(message, "sms: " + e.getMessage());
            } else {
                LOG.warn("Reply SMS {} refused by the gateway, not retried: {}", message, e.getMessage());
                jdbc.sql("update reply_notices set sms_due = false, last_error = ? where message_id = ?")
                        .params(truncated("sms: " + e.getMessage()), message).update();
            }
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

    private void failed(UUID message, String error) {
        LOG.warn("Reply notice {} not sent, tried again later: {}", message, error);
        jdbc.sql("update reply_notices set attempts = attempts + 1, last_error = ? where message_id = ?")
                .params(truncated(error), message).update();
    }

    private void drop(UUID message, String reason) {
        LOG.warn("Reply notice {} dropped: {}", message, reason);
        jdbc.sql("update reply_notices set dropped_at = now(), last_error = ? where message_id = ?")
                .params(truncated(reason), message).update();
    }

    private static String truncated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }
}
