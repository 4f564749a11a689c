package energy.mwolo.operations.disconnections.messaging;

import energy.mwolo.operations.disconnections.application.CustomerNotices;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each notice once per channel, an SMS ({@link SmsNotices}) and an e-mail ({@link MailNotices}), in the
 * deciding transaction: each channel then sends, retries and gives up on its own, and one down tells the other nothing.
 */
@Component
class NoticeBook implements CustomerNotices {

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeBook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void cutScheduled(UUID contract, UUID client, String amountDue) {
        write(contract, client, "cut_scheduled", amountDue);
    }

    @Override
    public void supplyRestored(UUID contract, UUID client) {
        write(contract, client, "supply_restored", null);
    }

    private void write(UUID contract, UUID client, String kind, String amountDue) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String table : new String[] {"disconnection_notices", "disconnection_notice_mails"}) {
            jdbc.sql("insert into " + table + " (id, contract_id, client_id, kind, amount_due, created_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), contract, client, kind, amountDue, now)
                    .update();
        }
    }
}
