package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.authentication.model.RefreshTokens;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Forgets refresh tokens a day after they expired: their hashes are of no use to anyone by then. */
@Component
class CredentialsHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(CredentialsHousekeeping.class);

    private final RefreshTokens refreshTokens;
    private final Clock clock;

    CredentialsHousekeeping(RefreshTokens refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    @Transactional
    public void purge() {
        int purged = refreshTokens.purgeExpired(clock.instant().minus(Duration.ofDays(1)));
        if (purged > 0) {
            log.info("Purged {} expired refresh tokens", purged);
        }
    }
}
