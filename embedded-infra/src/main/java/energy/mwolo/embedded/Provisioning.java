package energy.mwolo.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link PostgresProvisioning} and {@link KafkaProvisioning} share as programs: the exit statuses (0 done, 2 a
 * variable missing, each named, 1 refused or unanswered) and the patience with a server that is still starting.
 */
final class Provisioning {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);

    private Provisioning() {
    }

    /** Runs {@code work} unless a variable is missing, and exits the JVM with the status that tells how it went. */
    static void exitAfter(String what, List<String> missing, Runnable work) {
        if (!missing.isEmpty()) {
            LOG.error("{} not provisioned: set {}", what, String.join(", ", missing));
            System.exit(2);
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("{} not provisioned", what, e);
            System.exit(1);
        }
    }

    /** The first answer of {@code attempt}, tried every two seconds for {@code patience}; its last failure after. */
    static <T> T retrying(String what, Duration patience, Callable<T> attempt) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return attempt.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(what + " did not answer within " + patience.toSeconds() + " s", e);
                }
                LOG.info("Waiting for {} ({})", what, e.getMessage());
                try {
                    Thread.sleep(RETRY_EVERY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + what, interrupted);
                }
            }
        }
    }
}
