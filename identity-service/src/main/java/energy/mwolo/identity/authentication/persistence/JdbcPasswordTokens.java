package energy.mwolo.identity.authentication.persistence;

import energy.mwolo.identity.authentication.model.PasswordToken;
import energy.mwolo.identity.authentication.model.PasswordTokenPurpose;
import energy.mwolo.identity.authentication.model.PasswordTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPasswordTokens implements PasswordTokens {

    private final JdbcClient jdbc;

    JdbcPasswordTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(byte[] tokenHash, UUID userId, PasswordTokenPurpose purpose, Instant createdAt,
                    Instant expiresAt) {
        jdbc.sql("""
                insert into password_tokens (token_hash, user_id, purpose, created_at, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(tokenHash, userId, purpose.code(), Timestamp.from(createdAt), Timestamp.from(expiresAt))
                .update();
    }

    @Override
    public Optional<PasswordToken> byHash(byte[] tokenHash) {
        return jdbc.sql("select user_id, purpose, expires_at, used_at from password_tokens where token_hash = ?"
                        + " for update")
                .param(tokenHash)
                .query((rs, row) -> {
                    Timestamp used = rs.getTimestamp("used_at");
                    return new PasswordToken(rs.getObject("user_id", UUID.class),
                            PasswordTokenPurpose.valueOf(rs.getString("purpose").toUpperCase(Locale.ROOT)),
                            rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant());
                })
                .optional();
    }

    @Override
    public void markUsed(byte[] tokenHash, Instant now) {
        jdbc.sql("update password_tokens set used_at = ? where token_hash = ?")
                .params(Timestamp.from(now), tokenHash)
                .update();
    }

    @Override
    public void retireUnused(UUID userId, Instant now) {
        jdbc.sql("update password_tokens set expires_at = ? where user_id = ? and used_at is null and expires_at > ?")
                .params(Timestamp.from(now), userId, Timestamp.from(now))
                .update();
    }

    @Override
    public int countCreatedSince(UUID userId, PasswordTokenPurpose purpose, Instant since) {
        return jdbc.sql("select count(*) from password_tokens where user_id = ? and purpose = ? and created_at >= ?")
                .params(userId, purpose.code(), Timestamp.from(since))
                .query(Integer.class)
                .single();
    }
}
