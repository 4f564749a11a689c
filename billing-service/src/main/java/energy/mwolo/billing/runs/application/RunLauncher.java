package energy.mwolo.billing.runs.application;

import java.util.UUID;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands a run to a background worker once the transaction that created it has committed: a worker started earlier
 * would not see the run, and a run rolled back must never be worked on.
 */
@Component
class RunLauncher {

    private final Executor executor;
    private final RunWorker worker;

    RunLauncher(@Qualifier(RunExecutorConfiguration.EXECUTOR) Executor executor, RunWorker worker) {
        this.executor = executor;
        this.worker = worker;
    }

    void launchAfterCommit(UUID runId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> worker.work(runId));
            }
        });
    }
}
