package energy.mwolo.platform.kafka;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Counts a failed attempt against the record only when the database answers afterwards: then the record is the
 * likely culprit and, once the retries are spent, it goes to the DLT. While the database does not answer, the
 * record waits and tries again every pause, however long the outage lasts.
 */
final class RetriesWhileDatabaseAnswers implements BackOff {

    private static final Logger log = LoggerFactory.getLogger(RetriesWhileDatabaseAnswers.class);

    private final BackOff retries;
    private final BooleanSupplier databaseAnswers;
    private final long outagePause;

    RetriesWhileDatabaseAnswers(BackOff retries, BooleanSupplier databaseAnswers, long outagePause) {
        this.retries = retries;
        this.databaseAnswers = databaseAnswers;
        this.outagePause = outagePause;
    }

    @Override
    public BackOffExecution start() {
        BackOffExecution counted = retries.start();
        return () -> {
            if (databaseAnswers.getAsBoolean()) {
                return counted.nextBackOff();
            }
            log.warn("The database does not answer: the failed record waits {} ms and does not use up a retry",
                    outagePause);
            return outagePause;
        };
    }
}
