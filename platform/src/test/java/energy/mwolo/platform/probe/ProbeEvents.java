package energy.mwolo.platform.probe;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.embedded.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events as the platform's relay does (CloudEvents binary mode), or records missing some of it. */
public final class ProbeEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public ProbeEvents(String bootstrapServers) {
        // As the broker's admin: it plays other services, and foreign producers.
        Map<String, Object> config = new HashMap<>(SharedKafka.at(bootstrapServers).orElseThrow()
                .adminClientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** The event with every platform header; the returned metadata says where it landed. */
    public <T> RecordMetadata publish(UUID eventId, EventContract<T> contract, String key, T payload) {
        return send(record(eventId, contract, key, ContractJson.write(payload)));
    }

    /** A record as a foreign producer might write it: headers given one by one (no ce_id unless listed). */
    public RecordMetadata publishRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return send(record);
    }

    public static <T> ProducerRecord<String, String> record(UUID eventId, EventContract<T> contract, String key,
            String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), key, value);
        add(record, CloudEventHeaders.ID, eventId.toString());
        add(record, CloudEventHeaders.TYPE, contract.type());
        add(record, CloudEventHeaders.SOURCE, contract.source());
        add(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(record, CloudEventHeaders.SUBJECT, key);
        add(record, CloudEventHeaders.DATA_SCHEMA, contract.dataSchema());
        add(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    public RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e);
        }
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
