package energy.mwolo.identity.tokens.persistence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import energy.mwolo.identity.secrets.AtRestCipher;
import energy.mwolo.identity.tokens.application.SigningKeys;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSigningKeys implements SigningKeys {

    /** Any constant shared by the replicas: the advisory lock that serialises key maintenance. */
    private static final long MAINTENANCE_LOCK = 0x6d776f6c6f6b6579L;

    private final JdbcClient jdbc;
    private final AtRestCipher cipher;

    JdbcSigningKeys(JdbcClient jdbc, AtRestCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public List<StoredKey> all() {
        return jdbc.sql("select kid, public_jwk, active_from, private_key is not null as has_private from signing_keys")
                .query(JdbcSigningKeys::stored)
                .list();
    }

    @Override
    public Optional<RSAKey> withPrivateKey(String kid) {
        return jdbc.sql("select public_jwk, private_key from signing_keys where kid = ? and private_key is not null")
                .param(kid)
                .query((rs, row) -> full(kid, rs.getString("public_jwk"), rs.getBytes("private_key")))
                .optional();
    }

    @Override
    public void add(RSAKey key, java.time.Instant activeFrom, java.time.Instant createdAt) {
        byte[] privateKey;
        try {
            privateKey = key.toRSAPrivateKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException("Key " + key.getKeyID() + " has no private half", e);
        }
        try {
            jdbc.sql("insert into signing_keys (kid, public_jwk, private_key, active_from, created_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(key.getKeyID(), key.toPublicJWK().toJSONString(), cipher.encrypt(key.getKeyID(), privateKey),
                            Timestamp.from(activeFrom), Timestamp.from(createdAt))
                    .update();
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    @Override
    public void destroyPrivateKey(String kid) {
        jdbc.sql("update signing_keys set private_key = null where kid = ? and private_key is not null")
                .param(kid).update();
    }

    @Override
    public void delete(String kid) {
        jdbc.sql("delete from signing_keys where kid = ?").param(kid).update();
    }

    @Override
    public boolean tryLockMaintenance() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(MAINTENANCE_LOCK)
                .query(Boolean.class).single());
    }

    @Override
    public void lockMaintenance() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(MAINTENANCE_LOCK).query(rs -> { });
    }

    private RSAKey full(String kid, String publicJwk, byte[] encrypted) {
        byte[] pkcs8 = cipher.decrypt(kid, encrypted);
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey(publicJwk)).privateKey(privateKey).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored private key of " + kid + " is unreadable", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static StoredKey stored(ResultSet rs, int row) throws SQLException {
        return new StoredKey(publicKey(rs.getString("public_jwk")), rs.getTimestamp("active_from").toInstant(),
                rs.getBoolean("has_private"));
    }

    private static RSAKey publicKey(String json) {
        try {
            return JWK.parse(json).toRSAKey();
        } catch (ParseException e) {
            throw new IllegalStateException("Stored public key is not a JWK", e);
        }
    }
}
