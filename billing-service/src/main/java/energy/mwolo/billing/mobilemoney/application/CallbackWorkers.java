package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.application.CallbackLog.StoredCallback;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Judges the callbacks the webhook stored without a verdict: a few threads each claim a batch of the oldest unjudged
 * callbacks ({@code for update skip locked}, for {@code callback-lease}), judge them through {@link
 * ReceivingCallback#judgeStored} (settled together, in one transaction) and start again, until none is left; then they
 * wait for the next arrival, or {@code callback-poll} at most. A callback stored before a crash, or claimed by a
 * worker that died, is judged once its claim has run out, by this replica or another: stored is never lost, and
 * credited is once per provider transaction however often it is judged.
 */
@Component
class CallbackWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallbackWorkers.class);
    private static final int BATCH = 20;

    private final CallbackLog callbacks;
    private final ReceivingCallback receiving;
    private final CallbacksToJudge toJudge;
    private final int workers;
    private final Duration lease;
    private final Duration poll;
    private volatile ExecutorService threads;
    private volatile boolean stopping;

    CallbackWorkers(CallbackLog callbacks, ReceivingCallback receiving, CallbacksToJudge toJudge,
                    @Value("${mwolo.billing.mobile-money.callback-workers:2}") int workers,
                    @Value("${mwolo.billing.mobile-money.callback-lease:1m}") Duration lease,
                    @Value("${mwolo.billing.mobile-money.callback-poll:1s}") Duration poll) {
        this.callbacks = callbacks;
        this.receiving = receiving;
        this.toJudge = toJudge;
        this.workers = Math.max(1, workers);
        this.lease = lease;
        this.poll = poll;
    }

    @Override
    public void start() {
        stopping = false;
        AtomicInteger named = new AtomicInteger();
        threads = Executors.newFixedThreadPool(workers, work -> {
            Thread thread = new Thread(work, "mobile-money-callbacks-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < workers; i++) {
            threads.execute(this::work);
        }
    }

    @Override
    public void stop() {
        ExecutorService running = threads;
        threads = null;
        if (running == null) {
            return;
        }
        // Not interrupted at once: a callback half-judged (its status query cut) would be recorded unconfirmed.
        stopping = true;
        running.shutdown();
        try {
            if (!running.awaitTermination(poll.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                log.warn("Callback workers still judging at shutdown; their callbacks are judged after the lease");
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return threads != null;
    }

    private void work() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                if (judgeClaimed() == 0) {
                    toJudge.awaitArrival(poll);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Claiming callbacks to judge failed; trying again in {}", poll, e);
                sleep();
            }
        }
    }

    /** Claims and judges one batch; how many it held. */
    private int judgeClaimed() {
        List<StoredCallback> claimed = callbacks.claimUnjudged(BATCH, lease);
        if (!claimed.isEmpty()) {
            receiving.judgeStored(claimed);
        }
        return claimed.size();
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
