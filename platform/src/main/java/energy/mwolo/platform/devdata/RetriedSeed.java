package energy.mwolo.platform.devdata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A dev profile's seed that needs what other services announce in their own time (crm's contract, geo's agency):
 * {@link #seed()} is tried every {@code mwolo.dev-data.retry-every} (10 s) until it answers that it is done, then no
 * more in this run. A failure meanwhile (an event not arrived yet, another writer first) is logged at debug level and
 * tried again. A subclass is a {@code @Profile("dev")} component of a service with scheduling on; its {@code seed()}
 * skips what exists, so a restart adds nothing.
 */
public abstract class RetriedSeed {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private volatile boolean done;

    @Scheduled(initialDelayString = "${mwolo.dev-data.retry-every:10s}",
            fixedDelayString = "${mwolo.dev-data.retry-every:10s}")
    public void seedUntilDone() {
        if (done) {
            return;
        }
        try {
            done = seed();
        } catch (RuntimeException e) {
            log.debug("{} not done yet: {}", getClass().getSimpleName(), e.toString());
        }
    }

    /** Seeds what is missing; false while what it needs has not arrived yet. */
    public abstract boolean seed();
}
