package energy.mwolo.audit.checkpoints.model;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public keys whose signatures verification accepts: the service's own, and earlier ones after a rotation.
 * Ed25519 verification costs milliseconds in JDK 17, and every verification meets every checkpoint: a verdict is
 * remembered for exactly the bytes it was given (statement and signature), so a changed checkpoint is checked again.
 */
public final class TrustedKeys {

    private static final int REMEMBERED = 200_000;

    private final Map<String, PublicKey> byId = new LinkedHashMap<>();
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    public TrustedKeys(SigningKey current, Collection<PublicKey> previous) {
        byId.put(current.id(), current.publicKey());
        previous.forEach(key -> byId.putIfAbsent(SigningKey.idOf(key), key));
    }

    /** Whether a trusted key, the one the checkpoint names, signed exactly this checkpoint. */
    public boolean vouchFor(Checkpoint checkpoint) {
        PublicKey key = byId.get(checkpoint.keyId());
        if (key == null) {
            return false;
        }
        byte[] statement = checkpoint.statement();
        byte[] signature = checkpoint.signature();
        String signed = fingerprint(statement, signature);
        if (verdicts.size() > REMEMBERED) {
            verdicts.clear();
        }
        return verdicts.computeIfAbsent(signed, s -> SigningKey.verify(key, statement, signature));
    }

    /** SHA-256 over the statement and the signature: the verdict's key, binding both. */
    private static String fingerprint(byte[] statement, byte[] signature) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ByteBuffer.allocate(4).putInt(statement.length).array());
            sha256.update(statement);
            sha256.update(signature);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
