package energy.mwolo.hr.attendance.application;

import energy.mwolo.hr.attendance.model.BadgeSigner;
import java.util.Base64;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mwolo.hr.badges.signing-key} ({@code MWOLO_HR_BADGE_SIGNING_KEY}): Base64 of at least 32 random bytes, the
 * key badge tokens are signed with. Outside the dev profile there is no default: without a key, badges can be
 * neither issued nor accepted (503), and a key too short stops the service at start rather than signing weakly.
 */
@ConfigurationProperties("mwolo.hr.badges")
public record BadgeSettings(String signingKey) {

    public BadgeSettings {
        if (signingKey != null && !signingKey.isBlank()) {
            signer(signingKey);
        }
    }

    Optional<BadgeSigner> signer() {
        return signingKey == null || signingKey.isBlank() ? Optional.empty() : Optional.of(signer(signingKey));
    }

    private static BadgeSigner signer(String key) {
        try {
            return new BadgeSigner(Base64.getDecoder().decode(key.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mwolo.hr.badges.signing-key must be the Base64 of at least "
                    + BadgeSigner.MIN_KEY_BYTES + " bytes", e);
        }
    }
}
