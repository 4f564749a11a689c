package energy.mwolo.identity.authentication.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sessions (refresh-token families).
 *
 * @param lifetime   a session ends this long after its sign-in, however often it is refreshed; the holder signs in
 *                   again
 * @param retryGrace a refresh token presented again within this after its use gets the pair its use got (two tabs, a
 *                   retry after a lost answer); after it, the presentation is a reuse and ends the session
 */
@ConfigurationProperties("mwolo.identity.sessions")
public record SessionProperties(Duration lifetime, Duration retryGrace) {

    public SessionProperties {
        lifetime = lifetime == null ? Duration.ofDays(30) : lifetime;
        retryGrace = retryGrace == null ? Duration.ofSeconds(10) : retryGrace;
    }
}
