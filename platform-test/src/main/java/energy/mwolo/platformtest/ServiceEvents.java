package energy.mwolo.platformtest;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.embedded.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes another service's events onto the shared broker as its relay would (the contract record as JSON, the
 * aggregate id as key, CloudEvents headers), signed in as that service's Kafka user: the broker lets it write that
 * service's topics only, as in production. A consumer's test feeds it the events of the services it listens to.
 *
 * <pre>{@code
 * try (ServiceEvents crm = ServiceEvents.as(bootstrapServers, ServiceCatalogue.CRM)) {
 *     UUID eventId = crm.publish(ContractActivated.CONTRACT, contractId, activated);
 *     crm.publish(eventId, ContractActivated.CONTRACT, contractId, activated);   // a redelivery
 * }
 * }</pre>
 */
public final class ServiceEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    private ServiceEvents(KafkaProducer<String, String> producer) {
        this.producer = producer;
    }

    /** A publisher signed in as {@code service}'s Kafka user of the shared broker at {@code bootstrapServers}. */
    public static ServiceEvents as(String bootstrapServers, PlatformService service) {
        SharedKafka kafka = SharedKafka.at(bootstrapServers)
                .orElseThrow(() -> new IllegalArgumentException("No shared broker at " + bootstrapServers));
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties(kafka.credentials(service)));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, service.module() + "-stand-in-" + UUID.randomUUID());
        return new ServiceEvents(new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer()));
    }

    /** Publishes under a fresh event id ({@code ce_id}), which it answers. */
    public <T> UUID publish(EventContract<T> contract, Object key, T event) {
        UUID id = UUID.randomUUID();
        publish(id, contract, key, event);
        return id;
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. Waits for the broker. */
    public <T> void publish(UUID eventId, EventContract<T> contract, Object key, T event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), key.toString(),
                ContractJson.write(event));
        record.headers()
                .add(CloudEventHeaders.ID, bytes(eventId.toString()))
                .add(CloudEventHeaders.TYPE, bytes(contract.type()))
                .add(CloudEventHeaders.SOURCE, bytes(contract.source()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(CloudEventHeaders.SUBJECT, bytes(key.toString()))
                .add(CloudEventHeaders.DATA_SCHEMA, bytes(contract.dataSchema()))
                .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + contract.type() + " on " + contract.topic(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
