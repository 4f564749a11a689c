package energy.mwolo.crm.agencies;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code geo.agency.events}. The offset is committed after {@link ApplyingAgencyEvents} has committed (the
 * platform's record ack mode), so a crash in between redelivers the event and the inbox skips it. A record without
 * {@code ce_id} cannot be deduplicated: it fails and, after the retries, goes to the dead-letter topic.
 */
@Component
class AgencyEventsListener {

    private final ApplyingAgencyEvents applying;

    AgencyEventsListener(ApplyingAgencyEvents applying) {
        this.applying = applying;
    }

    @KafkaListener(id = "crm-agencies", idIsGroup = false, topics = Topics.GEO_AGENCY_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        if (id == null) {
            throw new IllegalArgumentException("Agency event at offset " + record.offset() + " has no ce_id");
        }
        applying.apply(UUID.fromString(id), header(record, CloudEventHeaders.TYPE), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
