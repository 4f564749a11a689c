package energy.mwolo.crm;

import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.ServiceEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes other services' events onto the shared broker as their relays would, each signed in as the Kafka user of
 * the service that owns the contract (platform-test's {@link ServiceEvents}): a test publishes only what the real
 * producer may.
 */
public final class Publisher implements AutoCloseable {

    private final String bootstrapServers;
    private final Map<PlatformService, ServiceEvents> producers = new LinkedHashMap<>();

    public Publisher(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. */
    public <T> void publish(UUID eventId, EventContract<T> contract, String key, T event) {
        PlatformService producer = ServiceCatalogue.named(contract.module()).orElseThrow(() ->
                new IllegalArgumentException("No service of the catalogue publishes " + contract.type()));
        producers.computeIfAbsent(producer, service -> ServiceEvents.as(bootstrapServers, service))
                .publish(eventId, contract, key, event);
    }

    @Override
    public void close() {
        producers.values().forEach(ServiceEvents::close);
    }
}
