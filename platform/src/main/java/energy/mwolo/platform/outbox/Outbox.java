package energy.mwolo.platform.outbox;

import energy.mwolo.contracts.EventContract;

/** Records an integration event in the caller's transaction; the relay publishes it once that commits. */
public interface Outbox {

    /**
     * @param contract    the event's contract (topic, type, version)
     * @param aggregateId the Kafka key: events of one aggregate stay in order
     * @param payload     the contract record
     * @throws IllegalStateException outside a transaction, or for another service's contract
     */
    <T> void publish(EventContract<T> contract, String aggregateId, T payload);
}
