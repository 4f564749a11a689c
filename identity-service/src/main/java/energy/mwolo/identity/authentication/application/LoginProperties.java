package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.LockoutPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Brute-force limits.
 *
 * @param maxFailures         consecutive wrong passwords that lock an account (also: failures that block an
 *                            identifier naming no account, so both look alike)
 * @param firstLock           the first lock's length; each further lock doubles it
 * @param longestLock         the cap of a lock
 * @param addressFailureLimit failed sign-ins one client address may make within {@code addressWindow}; generous,
 *                            as many customers share a mobile carrier's address
 * @param addressWindow       the window of that count
 */
@ConfigurationProperties("mwolo.identity.login")
public record LoginProperties(Integer maxFailures, Duration firstLock, Duration longestLock,
                              Integer addressFailureLimit, Duration addressWindow) {

    public LoginProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        firstLock = firstLock == null ? Duration.ofMinutes(15) : firstLock;
        longestLock = longestLock == null ? Duration.ofHours(24) : longestLock;
        addressFailureLimit = addressFailureLimit == null ? 50 : addressFailureLimit;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
    }

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, firstLock, longestLock);
    }
}
