package energy.mwolo.billing.mobilemoney.persistence;

import energy.mwolo.billing.mobilemoney.application.CallbackLog;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Table {@code mobile_money_callbacks}. A callback is stored in a transaction of its own, committed before it is
 * judged: whatever happens next, what arrived is on record. Its body is kept as text (a callback that is not
 * UTF-8 is not a provider's).
 */
@Repository
class JdbcCallbackLog implements CallbackLog {

    private final JdbcClient jdbc;

    JdbcCallbackLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long store(RawCallback callback) {
        return jdbc.sql("""
                        insert into mobile_money_callbacks (provider, kind, received_at, source_address, headers, body,
                            webhook_id)
                        values (:provider, :kind, :receivedAt, :source, cast(:headers as jsonb), :body, :webhook)
                        returning id""")
                .param("provider", callback.provider().code())
                .param("kind", callback.paybill() ? "c2b" : "result")
                .param("receivedAt", Timestamp.from(callback.receivedAt()))
                .param("source", callback.sourceAddress())
                .param("headers", JsonMapper.shared().writeValueAsString(callback.headers()))
                .param("body", callback.text().replace("\u0000", ""))
                .param("webhook", callback.header("webhook-id"))
                .query(Long.class)
                .single();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void judge(long callbackId, Verdict verdict, String detail, UUID requestId, String webhookId) {
        jdbc.sql("""
                        update mobile_money_callbacks set verdict = :verdict, detail = :detail, request_id = :request,
                            webhook_id = coalesce(:webhook, webhook_id), judged_at = now()
                        where id = :id""")
                .param("id", callbackId)
                .param("verdict", verdict.code())
                .param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)))
                .param("request", requestId)
                .param("webhook", webhookId)
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
}
