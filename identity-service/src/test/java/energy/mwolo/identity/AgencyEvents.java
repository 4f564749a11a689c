package energy.mwolo.identity;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * Publishes agency events onto the shared broker as geo-service would: contract records as JSON, the agency id as
 * key, CloudEvents headers. Each call returns the event id, so a test can deliver the same event twice.
 */
public final class AgencyEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public AgencyEvents(String bootstrapServers) {
        Properties properties = new Properties();
        SharedKafka kafka = SharedKafka.at(bootstrapServers).orElseThrow();
        properties.putAll(kafka.clientProperties(kafka.credentials(ServiceCatalogue.GEO)));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "geo-service-stand-in-" + UUID.randomUUID());
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    public static AgencyOpened opened(UUID agency, String code, boolean active, Instant at) {
        return new AgencyOpened(agency, code, "Agence " + code, UUID.randomUUID(), "KN", null,
                "12, avenue du Commerce, Gombe, Kinshasa", "+243 81 555 0142", null, null, null, null, null, active,
                at);
    }

    public static AgencyUpdated updated(UUID agency, String code, boolean active, Instant at) {
        return new AgencyUpdated(agency, code, "Agence " + code, UUID.randomUUID(), "KN", null, null, null, null,
                null, null, null, null, active, at);
    }

    public static AgencyClosed closed(UUID agency, String code, Instant at) {
        return new AgencyClosed(agency, code, at);
    }

    public UUID publish(Object event) {
        UUID id = UUID.randomUUID();
        publish(id, event);
        return id;
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. */
    public <T> void publish(UUID eventId, T event) {
        EventContract<?> contract = contractOf(event);
        UUID agency = agencyOf(event);
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), agency.toString(),
                ContractJson.write(event));
        record.headers()
                .add(CloudEventHeaders.ID, bytes(eventId.toString()))
                .add(CloudEventHeaders.TYPE, bytes(contract.type()))
                .add(CloudEventHeaders.SOURCE, bytes(contract.source()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(CloudEventHeaders.SUBJECT, bytes(agency.toString()))
                .add(CloudEventHeaders.DATA_SCHEMA, bytes(contract.dataSchema()))
                .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + contract.type(), e);
        }
    }

    private static EventContract<?> contractOf(Object event) {
        if (event instanceof AgencyOpened) {
            return AgencyOpened.CONTRACT;
        }
        if (event instanceof AgencyUpdated) {
            return AgencyUpdated.CONTRACT;
        }
        return AgencyClosed.CONTRACT;
    }

    private static UUID agencyOf(Object event) {
        if (event instanceof AgencyOpened opened) {
            return opened.agencyId();
        }
        if (event instanceof AgencyUpdated updated) {
            return updated.agencyId();
        }
        return ((AgencyClosed) event).agencyId();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
