package energy.mwolo.identity.tokens.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import energy.mwolo.identity.tokens.model.KeyRing;
import energy.mwolo.identity.tokens.model.KeyVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The keys in memory: the one that signs, and the public ones to publish and verify with. Reloaded from the database
 * every minute, at once after a local rotation, and when a token names a key this replica has not seen (at most
 * every five seconds), so replicas agree within a minute.
 */
@Component
public class ActiveKeys {

    private static final long MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long MISS_RELOAD_NANOS = Duration.ofSeconds(5).toNanos();

    private final SigningKeys store;
    private final Clock clock;
    private final Duration verificationWindow;
    private volatile Snapshot snapshot;

    ActiveKeys(SigningKeys store, Clock clock, TokenProperties tokens, KeyProperties keys) {
        this.store = store;
        this.clock = clock;
        this.verificationWindow = tokens.accessTokenTtl().plus(keys.retirementMargin());
    }

    /** The key that signs now, with its private half. */
    public RSAKey signingKey() {
        Snapshot current = fresh();
        Instant now = clock.instant();
        KeyVersion signing = current.ring().signing(now).orElse(null);
        if (signing == null || !current.privateKeys().containsKey(signing.kid())) {
            current = reload();
            signing = current.ring().signing(now)
                    .orElseThrow(() -> new IllegalStateException("No signing key: key maintenance has not run"));
        }
        RSAKey key = current.privateKeys().get(signing.kid());
        if (key == null) {
            throw new IllegalStateException("The private half of signing key " + signing.kid() + " is gone");
        }
        return key;
    }

    /** What the JWKS endpoint serves: public halves of pending, signing and still-verifying retired keys. */
    public JWKSet published() {
        Snapshot current = fresh();
        return new JWKSet(current.ring().published(clock.instant(), verificationWindow).stream()
                .map(version -> (JWK) current.publicKeys().get(version.kid()))
                .toList());
    }

    /** The published keys, reloaded first if a token names one of {@code kids} that this replica does not know. */
    public JWKSet forVerification(Collection<String> kids) {
        Snapshot current = fresh();
        boolean unknown = kids.stream().anyMatch(kid -> kid != null && !current.publicKeys().containsKey(kid));
        if (unknown && System.nanoTime() - current.loadedAt() > MISS_RELOAD_NANOS) {
            reload();
        }
        return published();
    }

    public KeyRing ring() {
        return fresh().ring();
    }

    public synchronized Snapshot reload() {
        List<SigningKeys.StoredKey> stored = store.all();
        Map<String, RSAKey> publicKeys = new HashMap<>();
        Map<String, RSAKey> privateKeys = new HashMap<>();
        KeyRing ring = new KeyRing(stored.stream().map(key -> new KeyVersion(key.kid(), key.activeFrom())).toList());
        Instant now = clock.instant();
        List<KeyVersion> retired = ring.retired(now);
        for (SigningKeys.StoredKey key : stored) {
            publicKeys.put(key.kid(), key.publicKey());
            boolean mayStillSign = retired.stream().noneMatch(version -> version.kid().equals(key.kid()));
            if (key.hasPrivateKey() && mayStillSign) {
                store.withPrivateKey(key.kid()).ifPresent(full -> privateKeys.put(key.kid(), full));
            }
        }
        snapshot = new Snapshot(ring, Map.copyOf(publicKeys), Map.copyOf(privateKeys), System.nanoTime());
        return snapshot;
    }

    private Snapshot fresh() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE_NANOS) {
            return reload();
        }
        return current;
    }

    /** One consistent view of the keys, as loaded at {@code loadedAt} ({@link System#nanoTime()}). */
    public record Snapshot(KeyRing ring, Map<String, RSAKey> publicKeys, Map<String, RSAKey> privateKeys,
                           long loadedAt) {
    }
}
