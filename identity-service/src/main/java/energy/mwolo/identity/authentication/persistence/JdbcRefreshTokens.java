package energy.mwolo.identity.authentication.persistence;

import energy.mwolo.identity.authentication.model.RefreshToken;
import energy.mwolo.identity.authentication.model.RefreshTokens;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.platform.outbox.Uuids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRefreshTokens implements RefreshTokens {

    private final JdbcClient jdbc;

    JdbcRefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RefreshToken> byHash(byte[] tokenHash) {
        return jdbc.sql("""
                select f.id as family_id, f.user_id, t.expires_at, t.spent_at, f.revoked_at
                from refresh_tokens t join refresh_families f on f.id = t.family_id
                where t.token_hash = ?
                for update of f""")
                .param(tokenHash)
                .query(JdbcRefreshTokens::token)
                .optional();
    }

    @Override
    public UUID openFamily(UUID userId, Instant now) {
        UUID id = Uuids.timeOrdered();
        jdbc.sql("insert into refresh_families (id, user_id, created_at) values (?, ?, ?)")
                .params(id, userId, Timestamp.from(now))
                .update();
        return id;
    }

    @Override
    public void add(byte[] tokenHash, UUID familyId, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("insert into refresh_tokens (token_hash, family_id, issued_at, expires_at) values (?, ?, ?, ?)")
                .params(tokenHash, familyId, Timestamp.from(issuedAt), Timestamp.from(expiresAt))
                .update();
    }

    @Override
    public void spend(byte[] tokenHash, Instant now) {
        jdbc.sql("update refresh_tokens set spent_at = ? where token_hash = ? and spent_at is null")
                .params(Timestamp.from(now), tokenHash)
                .update();
    }

    @Override
    public void revokeFamily(UUID familyId, RevocationReason reason, Instant now) {
        jdbc.sql("update refresh_families set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(now), reason.code(), familyId)
                .update();
    }

    @Override
    public void revokeAllOf(UUID userId, RevocationReason reason, Instant now) {
        jdbc.sql("""
                update refresh_families set revoked_at = ?, revoked_reason = ?
                where user_id = ? and revoked_at is null""")
                .params(Timestamp.from(now), reason.code(), userId)
                .update();
    }

    @Override
    public int purgeExpired(Instant before) {
        int tokens = jdbc.sql("delete from refresh_tokens where expires_at < ?").param(Timestamp.from(before))
                .update();
        jdbc.sql("""
                delete from refresh_families f
                where not exists (select 1 from refresh_tokens t where t.family_id = f.id) and f.created_at < ?""")
                .param(Timestamp.from(before))
                .update();
        return tokens;
    }

    private static RefreshToken token(ResultSet rs, int row) throws SQLException {
        return new RefreshToken(rs.getObject("family_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getTimestamp("expires_at").toInstant(), instant(rs, "spent_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
