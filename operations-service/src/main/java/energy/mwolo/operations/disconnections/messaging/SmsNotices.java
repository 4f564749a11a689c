package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.platform.notifications.Sms;
import energy.mwolo.platform.notifications.SmsNotSent;
import energy.mwolo.platform.notifications.SmsSender;
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
 * The collection loop's notices by SMS, through the platform's SMS port (the one billing's reminders use), when a
 * gateway is configured ({@code mwolo.sms.base-url}); without one they wait. A notice is a row of
 * {@code disconnection_notices} written with the decision ({@link NoticeBook}), so a rolled-back decision tells
 * nobody; its id is the message's reference, so a send retried after a timeout or a crash reaches the customer once.
 * A client without a known phone number is skipped.
 */
@Component
class SmsNotices {

    private static final Logger log = LoggerFactory.getLogger(SmsNotices.class);
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<SmsSender> sender;
    private final MessageSource messages;
    private final Clock clock;

    SmsNotices(JdbcClient jdbc, ObjectProvider<SmsSender> sender, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mwolo.operations.disconnections.notice-interval:PT10S}")
    @Transactional
    public void sendPending() {
        SmsSender sms = sender.getIfAvailable();
        if (sms == null) {
            return;
        }
        List<Pending> pending = jdbc.sql("""
                select n.id, n.kind, n.amount_due, n.attempts, c.number, cl.phone, cl.preferred_language
                from disconnection_notices n
                left join read_contracts c on c.id = n.contract_id
                left join read_clients cl on cl.id = n.client_id
                where n.outcome is null order by n.created_at limit 100 for update of n skip locked""")
                .query((row, i) -> new Pending(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("amount_due"), row.getInt("attempts"), row.getString("number"),
                        row.getString("phone"), row.getString("preferred_language")))
                .list();
        for (Pending notice : pending) {
            if (notice.phone() == null || notice.phone().isBlank()) {
                done(notice.id(), "skipped");
                continue;
            }
            Locale locale = "en".equals(notice.language()) ? Locale.ENGLISH : Locale.FRENCH;
            String text = messages.getMessage("operations.notice." + notice.kind(),
                    new Object[] {notice.contractNumber(), notice.amountDue()}, locale);
            try {
                sms.send(new Sms(notice.phone(), text, notice.id().toString()));
                done(notice.id(), "sent");
            } catch (SmsNotSent e) {
                boolean giveUp = !e.retryable() || notice.attempts() + 1 >= MAX_ATTEMPTS;
                log.warn("Notice {} not sent ({}): {}", notice.id(), giveUp ? "given up" : "will retry",
                        e.getMessage());
                jdbc.sql("update disconnection_notices set attempts = attempts + 1, outcome = ?, done_at = ?"
                                + " where id = ?")
                        .params(giveUp ? "failed" : null, giveUp ? Timestamp.from(clock.instant()) : null,
                                notice.id())
                        .update();
            }
        }
    }

    private void done(UUID id, String outcome) {
        jdbc.sql("update disconnection_notices set outcome = ?, done_at = ? where id = ?")
                .params(outcome, Timestamp.from(clock.instant()), id).update();
    }

    private record Pending(UUID id, String kind, String amountDue, int attempts, String contractNumber,
                           String phone, String language) {
    }
}
