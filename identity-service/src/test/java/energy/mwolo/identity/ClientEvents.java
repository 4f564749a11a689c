package energy.mwolo.identity;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.crm.ClientAccountLinked;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.crm.ClientUpdated;
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
 * Publishes client events onto the shared broker as crm-service would: contract records as JSON, the client id as
 * key, CloudEvents headers. Each call returns the event id, so a test can deliver the same event twice.
 */
public final class ClientEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public ClientEvents(String bootstrapServers) {
        Properties properties = new Properties();
        SharedKafka kafka = SharedKafka.at(bootstrapServers).orElseThrow();
        properties.putAll(kafka.clientProperties(kafka.credentials(ServiceCatalogue.CRM)));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "crm-service-stand-in-" + UUID.randomUUID());
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** A client with its own email, whichever account it names: crm-service would never send that. */
    public static ClientRegistered registered(UUID client, UUID user) {
        return registered(client, user, "client-" + client + "@example.cd");
    }

    public static ClientRegistered registered(UUID client, UUID user, String email) {
        return new ClientRegistered(client, number(client), "individual", "Bienvenu", "Kabasele", "Mutombo", null,
                email, "+243 81 234 5678", null, "active", "fr", user, Instant.now());
    }

    public static ClientUpdated updated(UUID client, UUID user) {
        return updated(client, user, "client-" + client + "@example.cd");
    }

    public static ClientUpdated updated(UUID client, UUID user, String email) {
        return new ClientUpdated(client, number(client), "individual", "Bienvenu", "Kabasele", "Mutombo", null,
                email, "+243 81 234 5679", null, "active", "fr", user, Instant.now());
    }

    /** A staff member tied the account to the client by hand. */
    public static ClientAccountLinked staffLinked(UUID client, UUID user, UUID staff) {
        return new ClientAccountLinked(client, number(client), "client-" + client + "@example.cd", user, staff,
                Instant.now());
    }

    private static String number(UUID client) {
        return String.format("CL-2025-%06d", client.hashCode() & 0xFFFF);
    }

    public static ClientStatusChanged statusChanged(UUID client) {
        return new ClientStatusChanged(client, number(client), "active", "suspended", Instant.now());
    }

    public UUID publish(Object event) {
        UUID id = UUID.randomUUID();
        publish(id, event);
        return id;
    }

    /** Publishes with a given event id: a second call with the same id is a redelivery. */
    public void publish(UUID eventId, Object event) {
        EventContract<?> contract;
        UUID client;
        if (event instanceof ClientRegistered registered) {
            contract = ClientRegistered.CONTRACT;
            client = registered.clientId();
        } else if (event instanceof ClientUpdated updated) {
            contract = ClientUpdated.CONTRACT;
            client = updated.clientId();
        } else if (event instanceof ClientAccountLinked linked) {
            contract = ClientAccountLinked.CONTRACT;
            client = linked.clientId();
        } else {
            contract = ClientStatusChanged.CONTRACT;
            client = ((ClientStatusChanged) event).clientId();
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), client.toString(),
                ContractJson.write(event));
        record.headers()
                .add(CloudEventHeaders.ID, bytes(eventId.toString()))
                .add(CloudEventHeaders.TYPE, bytes(contract.type()))
                .add(CloudEventHeaders.SOURCE, bytes(contract.source()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(CloudEventHeaders.SUBJECT, bytes(client.toString()))
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
