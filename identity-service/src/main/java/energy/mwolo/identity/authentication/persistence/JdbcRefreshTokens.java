package energy.mwolo.identity.authentication.persistence;

import energy.mwolo.identity.authentication.model.RefreshToken;
import energy.mwolo.identity.authentication.model.RefreshTokens;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.identity.authentication.model.Successor;
import energy.mwolo.identity.secrets.AtRestCipher;
import energy.mwolo.platform.outbox.Uuids;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code refresh_families} and {@code refresh_tokens}. A spent token's successor pair is kept encrypted
 * under the at-rest key, bound to the spent token's hash, and only for the retry grace.
 */
@Repository
class JdbcRefreshTokens implements RefreshTokens {

    private final JdbcClient jdbc;
    private final AtRestCipher cipher;

    JdbcRefreshTokens(JdbcClient jdbc, AtRestCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<RefreshToken> byHash(byte[] tokenHash) {
        // Lock first, read after: a read in the locking statement would show the row as it was before the wait.
        boolean exists = jdbc.sql("select 1 from refresh_tokens where token_hash = ? for update")
                .param(tokenHash).query(Integer.class).optional().isPresent();
        if (!exists) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select f.id as family_id, f.user_id, t.expires_at, t.spent_at, t.successor_until,
                       f.expires_at as family_expires_at, f.revoked_at
                from refresh_tokens t join refresh_families f on f.id = t.family_id
                where t.token_hash = ?""")
                .param(tokenHash)
                .query(JdbcRefreshTokens::token)
                .optional();
    }

    @Override
    public UUID openFamily(UUID userId, Instant now, Instant expiresAt) {
        UUID id = Uuids.timeOrdered();
        jdbc.sql("insert into refresh_families (id, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(id, userId, Timestamp.from(now), Timestamp.from(expiresAt))
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
    public void spend(byte[] tokenHash, Instant now, Successor successor, Instant keptUntil) {
        byte[] sealed = cipher.encrypt(context(tokenHash), serialize(successor));
        jdbc.sql("""
                update refresh_tokens set spent_at = ?, successor = ?, successor_until = ?
                where token_hash = ? and spent_at is null""")
                .params(Timestamp.from(now), sealed, Timestamp.from(keptUntil), tokenHash)
                .update();
    }

    @Override
    public Optional<Successor> keptSuccessor(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                select successor from refresh_tokens
                where token_hash = ? and successor is not null and successor_until > ?""")
                .params(tokenHash, Timestamp.from(now))
                .query(byte[].class)
                .optional()
                .map(sealed -> deserialize(cipher.decrypt(context(tokenHash), sealed)));
    }

    @Override
    public void revokeFamily(UUID familyId, RevocationReason reason, Instant now) {
        jdbc.sql("update refresh_families set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(now), reason.code(), familyId)
                .update();
        jdbc.sql("""
                update refresh_tokens set successor = null, successor_until = null
                where family_id = ? and successor is not null""")
                .param(familyId)
                .update();
    }

    @Override
    public void revokeAllOf(UUID userId, RevocationReason reason, Instant now) {
        jdbc.sql("""
                update refresh_families set revoked_at = ?, revoked_reason = ?
                where user_id = ? and revoked_at is null""")
                .params(Timestamp.from(now), reason.code(), userId)
                .update();
        jdbc.sql("""
                update refresh_tokens t set successor = null, successor_until = null
                from refresh_families f
                where f.id = t.family_id and f.user_id = ? and t.successor is not null""")
                .param(userId)
                .update();
    }

    @Override
    public int forgetSuccessors(Instant now) {
        return jdbc.sql("""
                update refresh_tokens set successor = null, successor_until = null
                where successor is not null and successor_until <= ?""")
                .param(Timestamp.from(now))
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

    /** The spent token's hash is authenticated with the ciphertext: a pair moved to another row does not decrypt. */
    private static String context(byte[] tokenHash) {
        return "refresh successor " + Base64.getEncoder().encodeToString(tokenHash);
    }

    private static byte[] serialize(Successor successor) {
        return String.join("\n", Long.toString(successor.accessExpiresAt().toEpochMilli()),
                        Long.toString(successor.accessExpiresIn()), successor.refreshToken(), successor.accessToken())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Successor deserialize(byte[] plaintext) {
        String[] parts = new String(plaintext, StandardCharsets.UTF_8).split("\n", 4);
        return new Successor(parts[2], parts[3], Instant.ofEpochMilli(Long.parseLong(parts[0])),
                Long.parseLong(parts[1]));
    }

    private static RefreshToken token(ResultSet rs, int row) throws SQLException {
        return new RefreshToken(rs.getObject("family_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getTimestamp("expires_at").toInstant(), instant(rs, "spent_at"), instant(rs, "successor_until"),
                rs.getTimestamp("family_expires_at").toInstant(), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
