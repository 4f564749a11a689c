package energy.mwolo.identity.tokens.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import energy.mwolo.identity.tokens.model.KeyRing;
import energy.mwolo.identity.tokens.model.KeyVersion;
import energy.mwolo.platform.security.CurrentUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the key ring healthy: a signing key always exists, the next one is published ahead of its turn, private
 * halves of retired keys are destroyed and keys no valid token can name are deleted. A super administrator can also
 * rotate at once (a key is suspected compromised): tokens the old key signed stay valid until they expire.
 */
@Service
public class RotatingSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(RotatingSigningKeys.class);
    private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKeys store;
    private final ActiveKeys active;
    private final KeyProperties properties;
    private final Duration verificationWindow;
    private final Clock clock;

    RotatingSigningKeys(SigningKeys store, ActiveKeys active, KeyProperties properties, TokenProperties tokens,
                        Clock clock) {
        this.store = store;
        this.active = active;
        this.properties = properties;
        this.verificationWindow = tokens.accessTokenTtl().plus(properties.retirementMargin());
        this.clock = clock;
    }

    @Transactional
    public void maintain() {
        if (!store.tryLockMaintenance()) {
            return;
        }
        Instant now = clock.instant();
        KeyRing ring = ring();
        ring.nextActivation(now, properties.rotationPeriod(), properties.publishAhead())
                .ifPresent(activation -> create(activation, now));
        for (KeyVersion retired : ring.retired(now)) {
            store.destroyPrivateKey(retired.kid());
        }
        for (KeyVersion expired : ring.expired(now, verificationWindow)) {
            store.delete(expired.kid());
            log.info("Signing key {} deleted: no valid token can name it any more", expired.kid());
        }
        reloadAfterCommit();
    }

    /** Rotates now: the new key signs from this instant, the previous one keeps verifying its tokens. */
    @Transactional
    public String rotateNow(CurrentUser user) {
        user.require("core:update");
        store.lockMaintenance();
        String kid = create(clock.instant(), clock.instant());
        reloadAfterCommit();
        return kid;
    }

    private KeyRing ring() {
        return new KeyRing(store.all().stream().map(key -> new KeyVersion(key.kid(), key.activeFrom())).toList());
    }

    private String create(Instant activation, Instant now) {
        String kid = KID_DATE.format(activation) + "-" + HexFormat.of().formatHex(randomBytes());
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
            store.add(key, activation, now);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA signing key", e);
        }
        log.info("Signing key {} created; it signs from {}", kid, activation);
        return kid;
    }

    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                active.reload();
            }
        });
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
