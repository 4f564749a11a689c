package energy.mwolo.platform.metrics;

import io.micrometer.core.instrument.Counter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Does what must follow a transaction only once it commits (counting what it did, so an alert never fires on a change
 * that was rolled back; handing a mail to a sender); outside a transaction, at once.
 */
public final class OnCommit {

    private OnCommit() {
    }

    /** Runs {@code task} after the surrounding transaction commits (never if it rolls back), or now without one. */
    public static void run(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            task.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                task.run();
            }
        });
    }

    public static void increment(Counter counter, double amount) {
        run(() -> counter.increment(amount));
    }

    public static void increment(Counter counter) {
        increment(counter, 1.0);
    }
}
