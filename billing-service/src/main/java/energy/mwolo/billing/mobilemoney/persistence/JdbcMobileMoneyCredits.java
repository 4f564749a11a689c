package energy.mwolo.billing.mobilemoney.persistence;

import energy.mwolo.billing.mobilemoney.model.MobileMoneyCredits;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code mobile_money_credits}. {@code on conflict do nothing} over both unique constraints: a concurrent
 * second insert waits for the first transaction and then inserts nothing, so exactly one credit survives.
 */
@Repository
class JdbcMobileMoneyCredits implements MobileMoneyCredits {

    private final JdbcClient jdbc;

    JdbcMobileMoneyCredits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(UUID creditId, MobileMoneyRequest request, String providerTransactionId, Long callbackId,
                       Instant creditedAt) {
        return jdbc.sql("""
                        insert into mobile_money_credits (id, provider, provider_transaction_id, request_id, client_id,
                            amount, currency, callback_id, credited_at)
                        values (:id, :provider, :transaction, :request, :client, :amount, :currency, :callback, :at)
                        on conflict do nothing""")
                .param("id", creditId)
                .param("provider", request.provider().code())
                .param("transaction", providerTransactionId)
                .param("request", request.id())
                .param("client", request.clientId())
                .param("amount", request.amount().amount())
                .param("currency", request.amount().currency().name())
                .param("callback", callbackId)
                .param("at", Timestamp.from(creditedAt))
                .update() == 1;
    }
}
