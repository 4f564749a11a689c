package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.authentication.model.RefreshTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what is of no use any more: refresh tokens a day after they expired, the throttle's rows its rules no
 * longer look at, and (every few seconds) the encrypted pairs kept for a refresh's retry grace once it is over.
 */
@Component
public class CredentialsHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(CredentialsHousekeeping.class);

    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final Clock clock;

    CredentialsHousekeeping(RefreshTokens refreshTokens, LoginThrottle throttle, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    @Transactional
    public void purge() {
        Instant now = clock.instant();
        int purged = refreshTokens.purgeExpired(now.minus(Duration.ofDays(1)));
        if (purged > 0) {
            log.info("Purged {} expired refresh tokens", purged);
        }
        int forgotten = throttle.purge(now);
        if (forgotten > 0) {
            log.info("Forgot {} sign-in throttle rows", forgotten);
        }
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT10S")
    @Transactional
    public void forgetSuccessors() {
        refreshTokens.forgetSuccessors(clock.instant());
    }
}
