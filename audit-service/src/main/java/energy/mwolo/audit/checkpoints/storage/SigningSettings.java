package energy.mwolo.audit.checkpoints.storage;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The checkpoint signing key. Give both halves (base64 PKCS#8 and X.509 Ed25519), or neither: then a key is
 * generated on first start and kept in file storage.
 *
 * @param trustedPublicKeys earlier public keys (base64 X.509) whose checkpoints still count after a rotation
 */
@ConfigurationProperties("mwolo.audit.signing")
public record SigningSettings(String privateKey, String publicKey, List<String> trustedPublicKeys) {

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
