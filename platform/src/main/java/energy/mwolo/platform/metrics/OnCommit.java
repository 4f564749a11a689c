package energy.mwolo.platform.metrics;

import io.micrometer.core.instrument.Counter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts what a transaction did only once it commits, so an alert never fires on a change that was rolled back;
 * outside a transaction, at once.
 */
public final class OnCommit {

    private OnCommit() {
    }

    public static void increment(Counter counter, double amount) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment(amount);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment(amount);
            }
        });
    }

    public static void increment(Counter counter) {
        increment(counter, 1.0);
    }
}
