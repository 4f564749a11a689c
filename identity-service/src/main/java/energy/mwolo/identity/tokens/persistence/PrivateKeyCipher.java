package energy.mwolo.identity.tokens.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest with AES-256-GCM under a key from configuration. The key id is authenticated with
 * each ciphertext, so a ciphertext moved to another row fails to decrypt. Stored as IV (12 bytes) then ciphertext.
 */
final class PrivateKeyCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param base64Key base64 of exactly 32 bytes */
    PrivateKeyCipher(String base64Key) {
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
    }

    byte[] encrypt(String kid, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the private key of " + kid, e);
        }
    }

    byte[] decrypt(String kid, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt the private key of " + kid
                    + ": was mwolo.identity.keys.encryption-key changed?", e);
        }
    }
}
