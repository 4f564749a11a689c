package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.CeilingPolicy;
import energy.mwolo.identity.accounts.model.ThrottlePolicy;
import energy.mwolo.identity.accounts.model.WaitPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Brute-force limits; the defaults are {@link ThrottlePolicy#DEFAULT}'s, where the reasons for them are given.
 *
 * @param waits               one identifier typed from one address: failures in a row before it waits, the first
 *                            wait, the longest
 * @param forgetAfter         failures in a row are forgotten this long after the last of them
 * @param ceiling             one identifier from every address together
 * @param familiarFor         an address that signed in to the identifier within this keeps the usual waits at the
 *                            ceiling
 * @param addressFailureLimit failed sign-ins one client address may make within {@code addressWindow}, whatever the
 *                            identifiers; generous, as many customers share a mobile carrier's address
 * @param addressWindow       the window of that count
 */
@ConfigurationProperties("mwolo.identity.login")
public record LoginProperties(Waits waits, Duration forgetAfter, Ceiling ceiling, Duration familiarFor,
                              Integer addressFailureLimit, Duration addressWindow) {

    public LoginProperties {
        ThrottlePolicy defaults = ThrottlePolicy.DEFAULT;
        waits = Waits.orDefault(waits, defaults.waits());
        forgetAfter = forgetAfter == null ? defaults.forgetAfter() : forgetAfter;
        ceiling = ceiling == null ? new Ceiling(null, null, null, null) : ceiling;
        familiarFor = familiarFor == null ? defaults.familiarFor() : familiarFor;
        addressFailureLimit = addressFailureLimit == null ? 50 : addressFailureLimit;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
    }

    public ThrottlePolicy throttlePolicy() {
        return new ThrottlePolicy(waits.policy(), forgetAfter, ceiling.policy(), familiarFor);
    }

    /** Waits of one address for one identifier. */
    public record Waits(Integer failuresBeforeWaiting, Duration firstWait, Duration longestWait) {

        static Waits orDefault(Waits waits, WaitPolicy defaults) {
            Waits given = waits == null ? new Waits(null, null, null) : waits;
            return new Waits(
                    given.failuresBeforeWaiting == null ? defaults.failuresBeforeWaiting() : given.failuresBeforeWaiting,
                    given.firstWait == null ? defaults.firstWait() : given.firstWait,
                    given.longestWait == null ? defaults.longestWait() : given.longestWait);
        }

        WaitPolicy policy() {
            return new WaitPolicy(failuresBeforeWaiting, firstWait, longestWait);
        }
    }

    /**
     * @param failures        failures of one identifier from every address that reach the ceiling
     * @param window          the window they are counted in, from the first of them
     * @param lockedFor       how long the identifier stays locked once the ceiling is reached
     * @param unfamiliarWaits the waits, while it is locked, of addresses that have not signed in to it lately
     */
    public record Ceiling(Integer failures, Duration window, Duration lockedFor, Waits unfamiliarWaits) {

        public Ceiling {
            CeilingPolicy defaults = ThrottlePolicy.DEFAULT.ceiling();
            failures = failures == null ? defaults.failures() : failures;
            window = window == null ? defaults.window() : window;
            lockedFor = lockedFor == null ? defaults.lockedFor() : lockedFor;
            unfamiliarWaits = Waits.orDefault(unfamiliarWaits, defaults.unfamiliarWaits());
        }

        CeilingPolicy policy() {
            return new CeilingPolicy(failures, window, lockedFor, unfamiliarWaits.policy());
        }
    }
}
