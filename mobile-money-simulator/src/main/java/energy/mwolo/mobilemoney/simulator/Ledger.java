package energy.mwolo.mobilemoney.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every payment and every callback sent, in memory, oldest first. A payment is found by its provider transaction id
 * or, within its provider, by our reference, which is unique per provider as each provider requires. Listeners hear
 * of each new payment and each callback once billing answered it, on the thread that did it.
 */
final class Ledger {

    private final Map<String, Transaction> byId = new LinkedHashMap<>();
    private final Map<String, Transaction> byReference = new LinkedHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final List<SentCallback> callbacks = new ArrayList<>();
    private final List<Consumer<Payment>> paymentListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SentCallback>> callbackListeners = new CopyOnWriteArrayList<>();
    private long lastCallbackId;

    /**
     * Keeps {@code transaction}, or answers the one already holding its reference (and keeps nothing). A paybill
     * payment's reference is an account, paid as often as customers like: it is not indexed.
     */
    Optional<Transaction> add(Transaction transaction) {
        Optional<Transaction> earlier = index(transaction);
        if (earlier.isEmpty()) {
            tell(paymentListeners, transaction.snapshot());
        }
        return earlier;
    }

    private synchronized Optional<Transaction> index(Transaction transaction) {
        if (transaction.pulled) {
            byId.put(transaction.id, transaction);
            return Optional.empty();
        }
        Transaction earlier = byReference.putIfAbsent(key(transaction.provider, transaction.reference), transaction);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        byId.put(transaction.id, transaction);
        return Optional.empty();
    }

    synchronized Optional<Transaction> byReference(Provider provider, String reference) {
        return Optional.ofNullable(byReference.get(key(provider, reference)));
    }

    /** Within {@code provider}: by transaction id, else by reference. */
    synchronized Optional<Transaction> find(Provider provider, String idOrReference) {
        Transaction byTheId = byId.get(idOrReference);
        if (byTheId != null && byTheId.provider == provider) {
            return Optional.of(byTheId);
        }
        return byReference(provider, idOrReference);
    }

    /** Any provider's payment with this transaction id, else the only one with this reference. */
    synchronized Optional<Transaction> find(String idOrReference) {
        Transaction byTheId = byId.get(idOrReference);
        if (byTheId != null) {
            return Optional.of(byTheId);
        }
        List<Transaction> matching = byId.values().stream()
                .filter(transaction -> transaction.reference.equals(idOrReference)).toList();
        if (matching.size() > 1) {
            throw new IllegalArgumentException("Several providers hold the reference " + idOrReference
                    + ": use the provider's transaction id");
        }
        return matching.stream().findFirst();
    }

    synchronized List<Transaction> transactions(Predicate<Transaction> filter) {
        return byId.values().stream().filter(filter).toList();
    }

    /** Gives the next callback its id. */
    synchronized long nextCallbackId() {
        return ++lastCallbackId;
    }

    void sent(SentCallback callback) {
        synchronized (this) {
            callbacks.add(callback);
        }
        tell(callbackListeners, callback);
    }

    void onPayment(Consumer<Payment> listener) {
        paymentListeners.add(listener);
    }

    void onCallback(Consumer<SentCallback> listener) {
        callbackListeners.add(listener);
    }

    /** A listener's failure is logged: it must not stop a payment or a callback. */
    private static <T> void tell(List<Consumer<T>> listeners, T value) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                log.warn("A listener of the mobile-money simulator failed", e);
            }
        }
    }

    synchronized List<SentCallback> callbacks(Predicate<SentCallback> filter) {
        return callbacks.stream().filter(filter).toList();
    }

    synchronized Optional<SentCallback> callback(long id) {
        return callbacks.stream().filter(callback -> callback.id() == id).findFirst();
    }

    synchronized void clear() {
        byId.clear();
        byReference.clear();
        callbacks.clear();
    }

    private static String key(Provider provider, String reference) {
        return provider.key() + ':' + reference;
    }
}
