package energy.mwolo.audit.checkpoints.storage;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The checkpoint signing key. Give both halves (base64 PKCS#8 and X.509 Ed25519); only where
 * {@code generateWhenMissing} is set (the dev profile) may the service do without, keeping a key it generated in
 * file storage.
 *
 * @param trustedPublicKeys   earlier public keys (base64 X.509) whose checkpoints still count after a rotation
 * @param generateWhenMissing whether a missing key may be generated (or read back from file storage); false
 *                            everywhere but in the dev profile, so that wiped storage never silently brings a new
 *                            key, and whoever can write the storage never chooses the key verification believes
 */
@ConfigurationProperties("mwolo.audit.signing")
public record SigningSettings(String privateKey, String publicKey, List<String> trustedPublicKeys,
        boolean generateWhenMissing) {

    public SigningSettings {
        privateKey = blankToNull(privateKey);
        publicKey = blankToNull(publicKey);
        trustedPublicKeys = trustedPublicKeys == null ? List.of()
                : trustedPublicKeys.stream().filter(k -> k != null && !k.isBlank()).toList();
        if ((privateKey == null) != (publicKey == null)) {
            throw new IllegalArgumentException("Set both mwolo.audit.signing.private-key and public-key, or neither");
        }
    }

    boolean configured() {
        return privateKey != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
