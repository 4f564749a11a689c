package energy.mwolo.billing.dunning.persistence;

import energy.mwolo.billing.dunning.model.Channel;
import energy.mwolo.billing.dunning.model.Reminder;
import energy.mwolo.billing.dunning.model.ReminderStatus;
import energy.mwolo.billing.dunning.model.Reminders;
import energy.mwolo.billing.kernel.Codes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReminders implements Reminders {

    private static final int NOTE_LENGTH = 500;

    private final JdbcClient jdbc;

    JdbcReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> decidedSteps(UUID invoiceId) {
        return new HashSet<>(jdbc.sql("select distinct step_code from dunning_reminders where invoice_id = ?")
                .param(invoiceId).query(String.class).list());
    }

    @Override
    public int decide(List<Reminder> reminders) {
        int added = 0;
        for (Reminder r : reminders) {
            added += jdbc.sql("""
                            insert into dunning_reminders (id, invoice_id, contract_id, client_id, step_code, channel,
                                status, recipient, language, attempts, next_attempt_at, last_error, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                            on conflict (invoice_id, step_code, channel) do nothing""")
                    .params(r.id(), r.invoiceId(), r.contractId(), r.clientId(), r.stepCode(), Codes.of(r.channel()),
                            Codes.of(r.status()), r.recipient(), r.language(),
                            r.status() == ReminderStatus.PENDING ? Timestamp.from(r.createdAt()) : null, r.note(),
                            Timestamp.from(r.createdAt()))
                    .update();
        }
        return added;
    }

    @Override
    public List<Reminder> claim(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                        update dunning_reminders set status = 'sending', attempts = attempts + 1,
                            claimed_until = :until
                        where id in (select id from dunning_reminders
                                     where (status = 'pending' and next_attempt_at <= :now)
                                        or (status = 'sending' and claimed_until <= :now)
                                     order by next_attempt_at
                                     limit :limit
                                     for update skip locked)
                        returning *""")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(lease)))
                .param("limit", limit)
                .query(JdbcReminders::reminder).list();
    }

    @Override
    public void sent(UUID id, Instant at) {
        jdbc.sql("""
                        update dunning_reminders set status = 'sent', sent_at = ?, claimed_until = null,
                            next_attempt_at = null, last_error = null
                        where id = ?""")
                .params(Timestamp.from(at), id).update();
    }

    @Override
    public void retryAt(UUID id, Instant next, String error) {
        jdbc.sql("""
                        update dunning_reminders set status = 'pending', next_attempt_at = ?, claimed_until = null,
                            last_error = ?
                        where id = ? and status = 'sending'""")
                .params(Timestamp.from(next), shortened(error), id).update();
    }

    @Override
    public void failed(UUID id, String error) {
        end(id, "failed", error);
    }

    @Override
    public void skip(UUID id, String why) {
        end(id, "skipped", why);
    }

    private void end(UUID id, String status, String note) {
        jdbc.sql("""
                        update dunning_reminders set status = ?, next_attempt_at = null, claimed_until = null,
                            last_error = ?
                        where id = ? and status = 'sending'""")
                .params(status, shortened(note), id).update();
    }

    @Override
    public List<Reminder> ofInvoice(UUID invoiceId) {
        return jdbc.sql("""
                        select r.* from dunning_reminders r left join dunning_steps s on s.code = r.step_code
                        where r.invoice_id = ? order by r.created_at, s.offset_days, r.channel""")
                .param(invoiceId).query(JdbcReminders::reminder).list();
    }

    private static String shortened(String text) {
        return text == null || text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH);
    }

    private static Reminder reminder(ResultSet row, int n) throws SQLException {
        Timestamp sentAt = row.getTimestamp("sent_at");
        return new Reminder(row.getObject("id", UUID.class), row.getObject("invoice_id", UUID.class),
                row.getObject("contract_id", UUID.class), row.getObject("client_id", UUID.class),
                row.getString("step_code"), Channel.valueOf(row.getString("channel").toUpperCase(Locale.ROOT)),
                ReminderStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), row.getString("recipient"),
                row.getString("language"), row.getInt("attempts"), row.getString("last_error"),
                row.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant());
    }
}
