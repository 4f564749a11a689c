package energy.mwolo.platformtest;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.embedded.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * Publishes contract events onto a broker this JVM started as the producing service's outbox relay would: the
 * contract record as JSON, the aggregate id as key and subject, CloudEvents headers. It signs in as that service's
 * own Kafka user, so a test can publish only what the real producer may (the broker refuses the rest). Close it.
 *
 * <pre>{@code
 * try (ContractEvents crm = ContractEvents.as(ServiceCatalogue.CRM, bootstrapServers)) {
 *     UUID eventId = crm.publish(SiteRegistered.CONTRACT, site.toString(), registered);
 *     crm.publish(eventId, SiteRegistered.CONTRACT, site.toString(), registered);   // a redelivery
 * }
 * }</pre>
 */
public final class ContractEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    private ContractEvents(Map<String, Object> client, String clientId) {
        Properties properties = new Properties();
        properties.putAll(client);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-" + UUID.randomUUID());
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** Publishes as {@code producer}'s Kafka user of the ACL table, with exactly its grants. */
    public static ContractEvents as(PlatformService producer, String bootstrapServers) {
        SharedKafka kafka = SharedKafka.at(bootstrapServers).orElseThrow(() -> new IllegalStateException(
                "No broker of this JVM at " + bootstrapServers));
        return new ContractEvents(kafka.clientProperties(kafka.credentials(producer)),
                producer.module() + "-stand-in");
    }

    /** Publishes under a fresh event id, and answers it (to deliver the same event again). */
    public <T> UUID publish(EventContract<T> contract, String key, T payload) {
        UUID eventId = UUID.randomUUID();
        publish(eventId, contract, key, payload);
        return eventId;
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. */
    public <T> void publish(UUID eventId, EventContract<T> contract, String key, T payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), key,
                ContractJson.write(payload));
        header(record, CloudEventHeaders.ID, eventId.toString());
        header(record, CloudEventHeaders.TYPE, contract.type());
        header(record, CloudEventHeaders.SOURCE, contract.source());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.DATA_SCHEMA, contract.dataSchema());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + contract.type(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + contract.type() + " on " + contract.topic(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
