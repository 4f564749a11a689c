package energy.mwolo.identity.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one key this service keeps secrets under at rest (signing keys' private halves, a refresh's successor kept
 * for its retry grace) and the keyed fingerprints it stores instead of text people typed. AES-256-GCM under a key
 * from configuration; the {@code context} (a key id, a token hash) is authenticated with each ciphertext, so a
 * ciphertext moved to another row fails to decrypt. Stored as IV (12 bytes) then ciphertext.
 */
public final class AtRestCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec fingerprintKey;

    /** @param base64Key base64 of exactly 32 bytes */
    public AtRestCipher(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("mwolo.identity.keys.encryption-key (MWOLO_IDENTITY_KEY_ENCRYPTION_KEY) "
                    + "is not set: give it base64 of 32 random bytes, e.g. `openssl rand -base64 32`");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mwolo.identity.keys.encryption-key is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("mwolo.identity.keys.encryption-key must decode to 32 bytes, not "
                    + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
        // A key of its own for fingerprints, derived with a label: the encryption key itself never keys a MAC.
        this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, HMAC), "mwolo identity fingerprints"),
                HMAC);
    }

    public byte[] encrypt(String context, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt what belongs to " + context, e);
        }
    }

    public byte[] decrypt(String context, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt what belongs to " + context
                    + ": was mwolo.identity.keys.encryption-key changed?", e);
        }
    }

    /**
     * HMAC-SHA-256 of {@code text} under a key derived from the configured one: equal texts give equal fingerprints,
     * and without the key a fingerprint cannot be checked against guesses (people type passwords into identifier
     * fields). {@code purpose} keeps fingerprints of different uses apart.
     */
    public byte[] fingerprint(String purpose, String text) {
        return hmac(fingerprintKey, purpose + '\u0000' + text);
    }

    private static byte[] hmac(SecretKeySpec macKey, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(macKey);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }
}
