package energy.mwolo.identity.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AtRestCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final AtRestCipher cipher = new AtRestCipher(KEY);
    private final byte[] secret = "PKCS#8 bytes of an RSA key".getBytes(StandardCharsets.UTF_8);

    @Test
    void decryptsWhatItEncrypted() {
        assertThat(cipher.decrypt("k1", cipher.encrypt("k1", secret))).isEqualTo(secret);
    }

    @Test
    void neverEncryptsTheSameWayTwice() {
        assertThat(cipher.encrypt("k1", secret)).isNotEqualTo(cipher.encrypt("k1", secret));
    }

    @Test
    void aCiphertextMovedToAnotherKeyIdDoesNotDecrypt() {
        byte[] stored = cipher.encrypt("k1", secret);

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("k2", stored));
    }

    @Test
    void anotherEncryptionKeyDoesNotDecrypt() {
        byte[] other = new byte[32];
        other[0] = 1;
        byte[] stored = cipher.encrypt("k1", secret);

        assertThatIllegalStateException()
                .isThrownBy(() -> new AtRestCipher(Base64.getEncoder().encodeToString(other)).decrypt("k1", stored));
    }

    @Test
    void aFingerprintIsStableKeyedAndApartPerPurpose() {
        AtRestCipher other = new AtRestCipher(Base64.getEncoder().encodeToString(new byte[] {
                1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));

        assertThat(cipher.fingerprint("identifier", "grace@example.cd"))
                .isEqualTo(cipher.fingerprint("identifier", "grace@example.cd"))
                .isNotEqualTo(cipher.fingerprint("identifier", "grace@example.c"))
                .isNotEqualTo(cipher.fingerprint("other use", "grace@example.cd"))
                .isNotEqualTo(other.fingerprint("identifier", "grace@example.cd"))
                .hasSize(32);
    }

    @Test
    void refusesAMissingOrShortKeyWithAHelpfulMessage() {
        assertThatIllegalStateException().isThrownBy(() -> new AtRestCipher(""))
                .withMessageContaining("MWOLO_IDENTITY_KEY_ENCRYPTION_KEY");
        assertThatIllegalStateException()
                .isThrownBy(() -> new AtRestCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .withMessageContaining("32 bytes");
    }
}
