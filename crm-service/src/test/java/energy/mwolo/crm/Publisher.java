package energy.mwolo.crm;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
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

/** Publishes other services' events onto the shared broker as their relay would: JSON value, CloudEvents headers. */
public final class Publisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public Publisher(String bootstrapServers) {
        Properties properties = new Properties();
        // As the broker's admin: it publishes what several other services would.
        properties.putAll(SharedKafka.at(bootstrapServers).orElseThrow().adminClientProperties());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. */
    public <T> void publish(UUID eventId, EventContract<T> contract, String key, T event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), key, ContractJson.write(event));
        record.headers()
                .add(CloudEventHeaders.ID, bytes(eventId.toString()))
                .add(CloudEventHeaders.TYPE, bytes(contract.type()))
                .add(CloudEventHeaders.SOURCE, bytes(contract.source()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(CloudEventHeaders.SUBJECT, bytes(key))
                .add(CloudEventHeaders.DATA_SCHEMA, bytes(contract.dataSchema()))
                .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
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
