package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.ProviderApi.Outgoing;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer's side of a payment and the provider's callbacks: ends a payment after its scenario's delay (or when
 * the customer confirms), then sends the scenario's callbacks. Duplicates leave together (all requests started before
 * any answer is awaited), a contradicting failure only after the success copies were answered. Callbacks are sent
 * once: a provider's retries are played by sending duplicates or by replaying a callback.
 */
final class Settlement implements AutoCloseable {

    private static final long REVERSAL_PAUSE_MS = 1_000;

    static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(10);
    private static final int ANSWER_KEPT = 4096;
    private static final Logger log = LoggerFactory.getLogger(Settlement.class);

    private final Ledger ledger;
    private final Script script;
    private final Map<Provider, ProviderApi> apis = new EnumMap<>(Provider.class);
    private final ScheduledExecutorService scheduler;
    private final ExecutorService senders;
    private final HttpClient client;

    Settlement(Ledger ledger, Script script) {
        this.ledger = ledger;
        this.script = script;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("mobile-money-simulator-customer"));
        this.senders = Executors.newCachedThreadPool(daemon("mobile-money-simulator-callback"));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(senders)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    void register(ProviderApi api) {
        apis.put(api.provider(), api);
    }

    ProviderApi api(Provider provider) {
        return apis.get(provider);
    }

    /** A new payment waits for its customer as its scenario says. */
    void submitted(Transaction transaction) {
        Scenario scenario = transaction.scenario;
        if (scenario.result() == Result.AWAIT_CONFIRMATION) {
            return;
        }
        scheduler.schedule(() -> settle(transaction, scenario.result(), scenario.code()),
                scenario.delay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Ends the payment now with {@code result} (the customer confirmed, refused, or the scenario's delay ran out) and
     * sends its callbacks in the background; {@code false} when it had already ended (nothing is sent).
     */
    boolean settle(Transaction transaction, Result result, String code) {
        if (result == Result.AWAIT_CONFIRMATION) {
            throw new IllegalArgumentException("A customer confirms with success, failure, insufficient_balance or "
                    + "timeout");
        }
        ProviderApi api = apis.get(transaction.provider);
        String finalCode = code != null ? code : api.code(result);
        if (!transaction.complete(status(result), finalCode)) {
            return false;
        }
        if (!transaction.scenario.drop()) {
            senders.execute(() -> report(transaction, api));
        }
        return true;
    }

    private void report(Transaction transaction, ProviderApi api) {
        Scenario scenario = transaction.scenario;
        ProviderSettings settings = script.settings(transaction.provider);
        Outgoing callback = api.callback(transaction, transaction.status(), transaction.code(), scenario.signature(),
                settings);
        sendAll(transaction, api, callback, scenario.copies());
        if (scenario.failureAfterSuccess() && transaction.status() == PaymentStatus.SUCCEEDED) {
            // A provider reverses a payment well after reporting it (an operator's correction), not in the same
            // breath: the failure follows once the scenario's delay (at least a second) has passed again.
            Outgoing contradiction = api.callback(transaction, PaymentStatus.FAILED, api.code(Result.FAILURE),
                    scenario.signature(), settings);
            scheduler.schedule(() -> senders.execute(() -> sendAll(transaction, api, contradiction, 1)),
                    Math.max(REVERSAL_PAUSE_MS, scenario.delay().toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    /** Sends {@code copies} identical callbacks at once and waits for every answer. */
    private void sendAll(Transaction transaction, ProviderApi api, Outgoing callback, int copies) {
        List<CompletableFuture<SentCallback>> sending = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            sending.add(send(transaction.provider, transaction.id, transaction.reference, api, callback, null));
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
    }

    /** Sends {@code earlier} again byte for byte (same headers, so the same id, timestamp and signature). */
    SentCallback replay(SentCallback earlier) {
        Outgoing again = new Outgoing(earlier.url(), earlier.headers(), earlier.body());
        return send(earlier.provider(), earlier.paymentId(), earlier.reference(), apis.get(earlier.provider()), again,
                earlier.id()).join();
    }

    /**
     * Notifies a paybill payment (no request of ours started it, it has already succeeded) after its scenario's
     * delay, with its copies, unless it is dropped.
     */
    void notifyPulled(Transaction transaction) {
        if (transaction.scenario.drop()) {
            return;
        }
        ProviderApi api = apis.get(transaction.provider);
        scheduler.schedule(() -> senders.execute(() -> report(transaction, api)),
                transaction.scenario.delay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<SentCallback> send(Provider provider, String paymentId, String reference,
                                                 ProviderApi api, Outgoing callback, Long replayOf) {
        long id = ledger.nextCallbackId();
        Instant sentAt = Instant.now();
        if (callback.url() == null) {
            return CompletableFuture.completedFuture(keep(new SentCallback(id, provider, paymentId, reference, null,
                    callback.headers(), callback.body(), sentAt, 0, null, "no callback URL is configured for "
                    + provider.key(), null, replayOf)));
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(callback.url())).timeout(CALLBACK_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(callback.body()));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(keep(new SentCallback(id, provider, paymentId, reference,
                    callback.url(), callback.headers(), callback.body(), sentAt, 0, null, "invalid URL: "
                    + e.getMessage(), null, replayOf)));
        }
        callback.headers().forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> keep(failure != null
                        ? new SentCallback(id, provider, paymentId, reference, callback.url(), callback.headers(),
                        callback.body(), sentAt, 0, null, failure.toString(), null, replayOf)
                        : new SentCallback(id, provider, paymentId, reference, callback.url(), callback.headers(),
                        callback.body(), sentAt, response.statusCode(), shortened(response.body()), null,
                        api.replyProblem(callback, response.statusCode(), response.body()), replayOf)));
    }

    private SentCallback keep(SentCallback callback) {
        ledger.sent(callback);
        if (callback.error() != null) {
            log.info("Callback {} of {} {} not delivered: {}", callback.id(), callback.provider().key(),
                    callback.paymentId(), callback.error());
        }
        return callback;
    }

    private static String shortened(String body) {
        return body == null || body.length() <= ANSWER_KEPT ? body : body.substring(0, ANSWER_KEPT);
    }

    private static PaymentStatus status(Result result) {
        return switch (result) {
            case SUCCESS -> PaymentStatus.SUCCEEDED;
            case FAILURE, INSUFFICIENT_BALANCE -> PaymentStatus.FAILED;
            case TIMEOUT -> PaymentStatus.EXPIRED;
            case AWAIT_CONFIRMATION -> PaymentStatus.PENDING;
        };
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        senders.shutdownNow();
    }
}
