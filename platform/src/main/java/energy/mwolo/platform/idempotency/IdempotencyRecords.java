package energy.mwolo.platform.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code idempotency_keys} table, always used inside the transaction of the request it guards. A key belongs to
 * a scope (the caller), so two callers never meet each other's keys.
 */
class IdempotencyRecords {

    private final JdbcClient jdbc;

    IdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this transaction without waiting: false while another transaction holds it. The lock is
     * released when the transaction ends, by commit, rollback or a dropped connection.
     */
    boolean tryLock(String scope, IdempotencyKey key) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                .param(scope + "\n" + key.value())
                .query(Boolean.class)
                .single());
    }

    /** The stored answer of a key used since {@code notBefore}; an older one is deleted, as if never used. */
    Optional<StoredResponse> find(String scope, IdempotencyKey key, Instant notBefore) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE scope = ? AND idempotency_key = ? AND created_at < ?")
                .params(scope, key.value(), Timestamp.from(notBefore))
                .update();
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_content_type, response_location, response_body
                        FROM idempotency_keys WHERE scope = ? AND idempotency_key = ?
                        """)
                .params(scope, key.value())
                .query((rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    void save(String scope, IdempotencyKey key, StoredResponse response, Instant at) {
        jdbc.sql("""
                        INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, response_status,
                                                      response_content_type, response_location, response_body,
                                                      created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(scope, key.value(), response.requestHash(), response.status(), response.contentType(),
                        response.location(), response.body(), Timestamp.from(at))
                .update();
    }

    int deleteUsedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}
