package energy.mwolo.operations.readings;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.iot.MeterEvent;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.contracts.iot.ObisValue;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.embedded.SharedKafka;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes onto {@code iot.meter-readings} as a head-end does: signed in as the meters' Kafka user, keyed by meter. */
public final class MeterReadingsPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public MeterReadingsPublisher(String bootstrapServers) {
        SharedKafka kafka = SharedKafka.at(bootstrapServers).orElseThrow();
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties(kafka.credentials(KafkaUsers.METERS)));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    public static MeterReading reading(String meter, Instant at, String kwh) {
        return reading(meter, at, kwh, null);
    }

    public static MeterReading reading(String meter, Instant at, String kwh, String relayState) {
        return new MeterReading(UUID.randomUUID(), meter, at,
                List.of(new ObisValue(ObisValue.ACTIVE_IMPORT, new BigDecimal(kwh), "kWh"),
                        new ObisValue(ObisValue.VOLTAGE_L1, new BigDecimal("221.5"), "V")),
                relayState, null);
    }

    public void publish(MeterReading reading) {
        send(reading.meterNumber(), ContractJson.write(reading));
    }

    /** An acknowledgement or alarm onto {@code iot.meter-events}, as the head-end forwards it. */
    public void publish(MeterEvent event) {
        sendTo(Topics.IOT_METER_EVENTS, event.meterNumber(), ContractJson.write(event));
    }

    void send(String key, String value) {
        sendTo(Topics.IOT_METER_READINGS, key, value);
    }

    public void sendTo(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish a reading", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
