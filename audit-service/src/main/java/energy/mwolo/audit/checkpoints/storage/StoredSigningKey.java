package energy.mwolo.audit.checkpoints.storage;

import energy.mwolo.audit.checkpoints.application.CheckpointKeys;
import energy.mwolo.audit.checkpoints.model.SigningKey;
import energy.mwolo.audit.checkpoints.model.TrustedKeys;
import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The signing key from configuration (a secret in production). Only where generating is allowed (the dev profile):
 * else the one kept in file storage, else a new one generated now and kept there. Never in the database the
 * checkpoints protect. Without a configured key elsewhere the service does not start.
 */
@Component
class StoredSigningKey implements CheckpointKeys {

    static final String PRIVATE_KEY = "audit/signing/ed25519.private";
    static final String PUBLIC_KEY = "audit/signing/ed25519.public";

    private static final Logger log = LoggerFactory.getLogger(StoredSigningKey.class);

    private final SigningKey signing;
    private final TrustedKeys trusted;

    StoredSigningKey(SigningSettings settings, FileStorage storage) {
        if (!settings.configured() && !settings.generateWhenMissing()) {
            throw new IllegalStateException("No checkpoint signing key: set MWOLO_AUDIT_SIGNING_PRIVATE_KEY and "
                    + "MWOLO_AUDIT_SIGNING_PUBLIC_KEY (base64 Ed25519 PKCS#8 and X.509), and list earlier public keys "
                    + "in MWOLO_AUDIT_TRUSTED_PUBLIC_KEYS. Outside the dev profile the service neither generates a key "
                    + "nor takes one from file storage (mwolo.audit.signing.generate-when-missing=false).");
        }
        this.signing = settings.configured() ? SigningKey.decode(settings.privateKey(), settings.publicKey())
                : stored(storage).orElseGet(() -> generate(storage));
        this.trusted = new TrustedKeys(signing,
                settings.trustedPublicKeys().stream().map(SigningKey::publicKey).toList());
        log.info("Checkpoints are signed with {} key {}", SigningKey.ALGORITHM, signing.id());
    }

    @Override
    public SigningKey signing() {
        return signing;
    }

    @Override
    public TrustedKeys trusted() {
        return trusted;
    }

    private static Optional<SigningKey> stored(FileStorage storage) {
        Optional<String> privateKey = read(storage, PRIVATE_KEY);
        Optional<String> publicKey = read(storage, PUBLIC_KEY);
        if (privateKey.isEmpty() || publicKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SigningKey.decode(privateKey.get(), publicKey.get()));
    }

    private static SigningKey generate(FileStorage storage) {
        SigningKey key = SigningKey.generate();
        storage.put(PUBLIC_KEY, text(key.publicKeyBase64()));
        storage.put(PRIVATE_KEY, text(key.privateKeyBase64()));
        log.warn("Generated a new checkpoint signing key {} and stored it in file storage; in production give it "
                + "as MWOLO_AUDIT_SIGNING_PRIVATE_KEY and MWOLO_AUDIT_SIGNING_PUBLIC_KEY", key.id());
        return key;
    }

    private static Optional<String> read(FileStorage storage, String key) {
        Optional<InputStream> opened = storage.open(key);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = opened.get()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    private static InputStream text(String value) {
        return new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
    }
}
