package energy.mwolo.identity.tokens.application;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where signing keys are kept: public halves in clear, private halves encrypted until destroyed. */
public interface SigningKeys {

    List<StoredKey> all();

    /** The key with its private half, if that has not been destroyed. */
    Optional<RSAKey> withPrivateKey(String kid);

    void add(RSAKey key, Instant activeFrom, Instant createdAt);

    void destroyPrivateKey(String kid);

    void delete(String kid);

    /** Serialises key maintenance across replicas for the current transaction; false if another holds it. */
    boolean tryLockMaintenance();

    /** Waits for the maintenance lock for the current transaction. */
    void lockMaintenance();

    /** A stored key: its public half and when it starts signing. */
    record StoredKey(RSAKey publicKey, Instant activeFrom, boolean hasPrivateKey) {

        public String kid() {
            return publicKey.getKeyID();
        }
    }
}
