package energy.mwolo.identity.tokens.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signing keys.
 *
 * @param encryptionKey    base64 of 32 random bytes: encrypts private keys at rest (AES-256-GCM, through
 *                         {@code secrets.AtRestCipher}, which also keys the sign-in throttle's fingerprints). No default
 *                         outside the dev profile; changing it makes stored private keys unreadable (rotate first)
 * @param rotationPeriod   how long a key signs before the next one takes over
 * @param publishAhead     how long the next key is published before it signs, for verifiers caching the JWKS
 * @param retirementMargin added to the access-token life before a retired key leaves the JWKS: clock skew and
 *                         the one-minute key cache of other replicas
 */
@ConfigurationProperties("mwolo.identity.keys")
public record KeyProperties(String encryptionKey, Duration rotationPeriod, Duration publishAhead,
                            Duration retirementMargin) {

    public KeyProperties {
        rotationPeriod = rotationPeriod == null ? Duration.ofDays(30) : rotationPeriod;
        publishAhead = publishAhead == null ? Duration.ofHours(1) : publishAhead;
        retirementMargin = retirementMargin == null ? Duration.ofMinutes(2) : retirementMargin;
    }

    @Override
    public String toString() {
        return "KeyProperties[rotationPeriod=" + rotationPeriod + ", publishAhead=" + publishAhead + "]";
    }
}
