package energy.mwolo.identity.clients;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code crm.client.events} in the service's default group. The offset is committed after
 * {@link ApplyingClientEvents} has committed, so a crash in between redelivers the event and the inbox skips it. A
 * record without {@code ce_id} cannot be deduplicated: it fails and, after the retries, goes to the dead-letter topic.
 */
@Component
class ClientEventsListener {

    private final ApplyingClientEvents applying;

    ClientEventsListener(ApplyingClientEvents applying) {
        this.applying = applying;
    }

    @KafkaListener(id = "identity-clients", idIsGroup = false, topics = Topics.CRM_CLIENT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        if (id == null) {
            throw new IllegalArgumentException("Client event at offset " + record.offset() + " has no ce_id");
        }
        applying.apply(UUID.fromString(id), header(record, CloudEventHeaders.TYPE), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
