package energy.mwolo.billing.mobilemoney.persistence;

import energy.mwolo.billing.mobilemoney.application.CallbackLog;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Table {@code mobile_money_callbacks}. A callback is stored in a transaction of its own, committed before it is
 * judged: whatever happens next, what arrived is on record. Its body is kept as text (a callback that is not
 * UTF-8 is not a provider's). Leases are taken on the database's clock, the one every replica shares.
 */
@Repository
class JdbcCallbackLog implements CallbackLog {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    JdbcCallbackLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long store(RawCallback callback, Verdict verdict, String detail, String webhookId) {
        return jdbc.sql("""
                        insert into mobile_money_callbacks (provider, kind, received_at, source_address, headers, body,
                            webhook_id, verdict, detail, judged_at)
                        values (:provider, :kind, :receivedAt, :source, cast(:headers as jsonb), :body, :webhook,
                            :verdict, :detail, case when cast(:verdict as varchar) is null then null else now() end)
                        returning id""")
                .param("provider", callback.provider().code())
                .param("kind", callback.paybill() ? "c2b" : "result")
                .param("receivedAt", Timestamp.from(callback.receivedAt()))
                .param("source", callback.sourceAddress())
                .param("headers", JsonMapper.shared().writeValueAsString(callback.headers()))
                .param("body", callback.text().replace("\u0000", ""))
                .param("webhook", webhookId != null ? webhookId : callback.header("webhook-id"))
                .param("verdict", verdict == null ? null : verdict.code())
                .param("detail", cut(detail))
                .query(Long.class)
                .single();
    }

    /** One statement: it joins the caller's transaction when there is one, else commits on its own. */
    @Override
    public void judge(List<Judged> judged) {
        jdbc.sql("""
                        update mobile_money_callbacks c set verdict = j.verdict, detail = j.detail,
                            request_id = j.request_id, webhook_id = coalesce(j.webhook_id, c.webhook_id),
                            judged_at = now(), claimed_until = null
                        from unnest(cast(:ids as bigint[]), cast(:verdicts as text[]), cast(:details as text[]),
                                    cast(:requests as uuid[]), cast(:webhooks as text[]))
                             as j (id, verdict, detail, request_id, webhook_id)
                        where c.id = j.id""")
                .param("ids", judged.stream().map(Judged::callbackId).toArray(Long[]::new))
                .param("verdicts", judged.stream().map(j -> j.verdict().code()).toArray(String[]::new))
                .param("details", judged.stream().map(j -> cut(j.detail())).toArray(String[]::new))
                .param("requests", judged.stream().map(Judged::requestId).toArray(UUID[]::new))
                .param("webhooks", judged.stream().map(Judged::webhookId).toArray(String[]::new))
                .update();
    }

    /** Only callbacks that were settled count: one judged unconfirmed or in error may be sent again. */
    @Override
    public boolean seenWebhookId(String provider, String webhookId, long except) {
        return jdbc.sql("""
                        select exists (select 1 from mobile_money_callbacks where provider = ? and webhook_id = ?
                                       and id <> ? and verdict in ('credited', 'already_credited', 'failed',
                                           'already_final', 'contradicts_success'))""")
                .params(provider, webhookId, except)
                .query(Boolean.class)
                .single();
    }

    @Override
    public void postpone(long callbackId, Duration delay) {
        jdbc.sql("""
                        update mobile_money_callbacks set claimed_until = now() + :delay * interval '1 millisecond'
                        where id = :id and verdict is null""")
                .param("id", callbackId)
                .param("delay", delay.toMillis())
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<StoredCallback> claimUnjudged(int max, Duration lease) {
        return jdbc.sql("""
                        update mobile_money_callbacks c set claimed_until = now() + :lease * interval '1 millisecond'
                        where c.id in (select id from mobile_money_callbacks
                                       where verdict is null and (claimed_until is null or claimed_until < now())
                                       order by id limit :max for update skip locked)
                        returning c.id, c.provider, c.kind, c.headers, c.body, c.source_address, c.received_at""")
                .param("lease", lease.toMillis())
                .param("max", max)
                .query(JdbcCallbackLog::stored)
                .list()
                .stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList();
    }

    private static StoredCallback stored(ResultSet row, int rowNumber) throws SQLException {
        String code = row.getString("provider");
        Provider provider = Arrays.stream(Provider.values()).filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("provider " + code + " stored but unknown"));
        RawCallback callback = new RawCallback(provider, "c2b".equals(row.getString("kind")),
                JsonMapper.shared().readValue(row.getString("headers"), HEADERS),
                row.getString("body").getBytes(StandardCharsets.UTF_8), row.getString("source_address"),
                row.getTimestamp("received_at").toInstant());
        return new StoredCallback(row.getLong("id"), callback);
    }

    private static String cut(String detail) {
        return detail == null ? null : detail.substring(0, Math.min(detail.length(), 500));
    }
}
