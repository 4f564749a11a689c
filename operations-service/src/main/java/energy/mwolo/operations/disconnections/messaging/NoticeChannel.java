package energy.mwolo.operations.disconnections.messaging;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * One way of telling customers the collection loop's notices (SMS, e-mail), each from its own table of rows written
 * with the decision ({@link NoticeBook}): the rows still to send are claimed with {@code skip locked}, so replicas
 * share them; a client without a known address for the channel is {@code skipped}; a refusal worth trying again is
 * retried at the next pass up to {@value #MAX_ATTEMPTS} times, then {@code failed}; one that is not, at once.
 */
abstract class NoticeChannel<S> {

    private static final Logger log = LoggerFactory.getLogger(NoticeChannel.class);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<S> sender;
    private final MessageSource messages;
    private final Clock clock;
    private final String table;
    private final String addressColumn;

    NoticeChannel(JdbcClient jdbc, ObjectProvider<S> sender, MessageSource messages, Clock clock, String table,
                  String addressColumn) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
        this.table = table;
        this.addressColumn = addressColumn;
    }

    /**
     * Hands one notice to the channel's sender.
     *
     * @throws Refused when it was not accepted
     */
    abstract void deliver(S sender, Notice notice, Locale locale);

    /**
     * Sends the notices waiting, every {@code notice-interval}, in one transaction; without a sender (no gateway, no
     * mail server configured) they wait.
     */
    @Scheduled(fixedDelayString = "${mwolo.operations.disconnections.notice-interval:PT10S}")
    @Transactional
    public void sendPending() {
        S channel = sender.getIfAvailable();
        if (channel == null) {
            return;
        }
        for (Notice notice : pending()) {
            if (notice.address() == null || notice.address().isBlank()) {
                finish(notice.id(), "skipped");
                continue;
            }
            try {
                deliver(channel, notice, "en".equals(notice.language()) ? Locale.ENGLISH : Locale.FRENCH);
                finish(notice.id(), "sent");
            } catch (Refused e) {
                boolean giveUp = !e.retryable() || notice.attempts() + 1 >= MAX_ATTEMPTS;
                log.warn("Notice {} ({}) not sent ({}): {}", notice.id(), table, giveUp ? "given up" : "will retry",
                        e.getMessage());
                jdbc.sql("update " + table + " set attempts = attempts + 1, outcome = ?, done_at = ? where id = ?")
                        .params(giveUp ? "failed" : null, giveUp ? Timestamp.from(clock.instant()) : null,
                                notice.id())
                        .update();
            }
        }
    }

    /** The notice's text in the customer's language: {@code operations.notice.<kind><suffix>}. */
    String text(Notice notice, String suffix, Locale locale) {
        return messages.getMessage("operations.notice." + notice.kind() + suffix,
                new Object[] {notice.contractNumber(), notice.amountDue()}, locale);
    }

    private List<Notice> pending() {
        return jdbc.sql("select n.id, n.kind, n.amount_due, n.attempts, c.number, cl." + addressColumn
                        + " as address, cl.preferred_language from " + table + " n"
                        + " left join read_contracts c on c.id = n.contract_id"
                        + " left join read_clients cl on cl.id = n.client_id"
                        + " where n.outcome is null order by n.created_at limit 100 for update of n skip locked")
                .query((row, i) -> new Notice(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("amount_due"), row.getInt("attempts"), row.getString("number"),
                        row.getString("address"), row.getString("preferred_language")))
                .list();
    }

    private void finish(UUID id, String outcome) {
        jdbc.sql("update " + table + " set outcome = ?, done_at = ? where id = ?")
                .params(outcome, Timestamp.from(clock.instant()), id).update();
    }

    /** A notice to send: its id is the message's reference where the channel has one. */
    record Notice(UUID id, String kind, String amountDue, int attempts, String contractNumber, String address,
                  String language) {
    }

    /** The channel did not accept a notice; {@code retryable} when trying again may help. */
    static final class Refused extends RuntimeException {

        private final boolean retryable;

        Refused(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }
}
