package energy.mwolo.identity.registration.persistence;

import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.registration.model.ConfirmationPurpose;
import energy.mwolo.identity.registration.model.ConfirmationToken;
import energy.mwolo.identity.registration.model.ConfirmationTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcConfirmationTokens implements ConfirmationTokens {

    private final JdbcClient jdbc;

    JdbcConfirmationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(byte[] tokenHash, UUID userId, EmailAddress email, ConfirmationPurpose purpose,
                    Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                insert into email_confirmations (token_hash, user_id, email, purpose, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(tokenHash, userId, email.value(), purpose.code(), Timestamp.from(createdAt),
                        Timestamp.from(expiresAt))
                .update();
    }

    @Override
    public Optional<ConfirmationToken> byHash(byte[] tokenHash) {
        return jdbc.sql("select user_id, email, purpose, expires_at, used_at from email_confirmations"
                        + " where token_hash = ? for update")
                .param(tokenHash)
                .query((rs, row) -> {
                    Timestamp used = rs.getTimestamp("used_at");
                    return new ConfirmationToken(rs.getObject("user_id", UUID.class),
                            new EmailAddress(rs.getString("email")), ConfirmationPurpose.of(rs.getString("purpose")),
                            rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant());
                })
                .optional();
    }

    @Override
    public void markUsed(byte[] tokenHash, Instant now) {
        jdbc.sql("update email_confirmations set used_at = ? where token_hash = ?")
                .params(Timestamp.from(now), tokenHash)
                .update();
    }

    @Override
    public void retireUnused(UUID userId, ConfirmationPurpose purpose, Instant now) {
        jdbc.sql("""
                update email_confirmations set expires_at = ?
                where user_id = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(Timestamp.from(now), userId, purpose.code(), Timestamp.from(now))
                .update();
    }

    @Override
    public int countCreatedSince(UUID userId, ConfirmationPurpose purpose, Instant since) {
        return jdbc.sql("""
                select count(*) from email_confirmations where user_id = ? and purpose = ? and created_at >= ?""")
                .params(userId, purpose.code(), Timestamp.from(since))
                .query(Integer.class)
                .single();
    }
}
