package energy.mwolo.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Idempotency keys.
 *
 * @param retention how long a key answers retries; after it the key is like a new one, and the purge deletes it
 */
@ConfigurationProperties("mwolo.idempotency")
public record IdempotencyProperties(Duration retention) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("mwolo.idempotency.retention must be positive, was " + retention);
        }
    }
}
