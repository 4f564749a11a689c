package energy.mwolo.platform.outbox;

import energy.mwolo.contracts.EventContract;
import java.util.List;

/** Records an integration event in the caller's transaction; the relay publishes it once that commits. */
public interface Outbox {

    /**
     * @param contract    the event's contract (topic, type, version)
     * @param aggregateId the Kafka key: events of one aggregate stay in order
     * @param payload     the contract record
     * @throws IllegalStateException outside a transaction, or for another service's contract
     */
    <T> void publish(EventContract<T> contract, String aggregateId, T payload);

    /**
     * Records many events of one contract at once, in the given order, as {@link #publish} would one by one: for
     * bulk work (a billing run's batch) where one statement per event would cost more than the work itself.
     *
     * @throws IllegalStateException outside a transaction, or for another service's contract
     */
    default <T> void publishAll(EventContract<T> contract, List<Keyed<T>> events) {
        events.forEach(event -> publish(contract, event.aggregateId(), event.payload()));
    }

    /** One event of {@link #publishAll}: its Kafka key and its contract record. */
    record Keyed<T>(String aggregateId, T payload) {
    }
}
