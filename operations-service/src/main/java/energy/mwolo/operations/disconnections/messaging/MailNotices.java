package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.platform.notifications.Email;
import energy.mwolo.platform.notifications.EmailNotSent;
import energy.mwolo.platform.notifications.EmailSender;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection loop's notices by e-mail, through the platform's e-mail port (SMTP, {@code spring.mail.*}), from
 * the rows of {@code disconnection_notice_mails} written with the decision ({@link NoticeBook}). A client without a
 * known address is skipped; a server that fails is tried again at the next pass, up to 5 times; an address that
 * does not parse is given up at once. A crash between the server's acceptance and the row's update sends the mail
 * again at the next pass: SMTP has no reference to deduplicate on, so a customer may rarely get a notice twice.
 */
@Component
class MailNotices {

    private static final Logger log = LoggerFactory.getLogger(MailNotices.class);
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<EmailSender> sender;
    private final MessageSource messages;
    private final Clock clock;

    MailNotices(JdbcClient jdbc, ObjectProvider<EmailSender> sender, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mwolo.operations.disconnections.notice-interval:PT10S}")
    @Transactional
    public void sendPending() {
        EmailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        List<Pending> pending = jdbc.sql("""
                select n.id, n.kind, n.amount_due, n.attempts, c.number, cl.email, cl.preferred_language
                from disconnection_notice_mails n
                left join read_contracts c on c.id = n.contract_id
                left join read_clients cl on cl.id = n.client_id
                where n.outcome is null order by n.created_at limit 100 for update of n skip locked""")
                .query((row, i) -> new Pending(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("amount_due"), row.getInt("attempts"), row.getString("number"),
                        row.getString("email"), row.getString("preferred_language")))
                .list();
        for (Pending notice : pending) {
            if (notice.email() == null || notice.email().isBlank()) {
                finish(notice.id(), "skipped");
                continue;
            }
            Locale locale = "en".equals(notice.language()) ? Locale.ENGLISH : Locale.FRENCH;
            Object[] arguments = {notice.contractNumber(), notice.amountDue()};
            String key = "operations.notice." + notice.kind();
            try {
                mail.send(new Email(notice.email(), messages.getMessage(key + ".subject", arguments, locale),
                        messages.getMessage(key, arguments, locale), notice.id().toString()));
                finish(notice.id(), "sent");
            } catch (EmailNotSent e) {
                boolean giveUp = !e.retryable() || notice.attempts() + 1 >= MAX_ATTEMPTS;
                log.warn("Notice mail {} not sent ({}): {}", notice.id(), giveUp ? "given up" : "will retry",
                        e.getMessage());
                jdbc.sql("update disconnection_notice_mails set attempts = attempts + 1, outcome = ?, done_at = ?"
                                + " where id = ?")
                        .params(giveUp ? "failed" : null, giveUp ? Timestamp.from(clock.instant()) : null,
                                notice.id())
                        .update();
            }
        }
    }

    private void finish(UUID id, String outcome) {
        jdbc.sql("update disconnection_notice_mails set outcome = ?, done_at = ? where id = ?")
                .params(outcome, Timestamp.from(clock.instant()), id).update();
    }

    private record Pending(UUID id, String kind, String amountDue, int attempts, String contractNumber,
                           String email, String language) {
    }
}
