package energy.mwolo.crm.leads;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.cms.LeadSubmitted;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads {@code cms.lead.events}; a record without {@code ce_id} cannot be deduplicated and goes to the DLT. */
@Component
class LeadEventsListener {

    private final TakingLead taking;

    LeadEventsListener(TakingLead taking) {
        this.taking = taking;
    }

    @KafkaListener(id = "crm-leads", idIsGroup = false, topics = Topics.CMS_LEAD_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        Header id = record.headers().lastHeader(CloudEventHeaders.ID);
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (id == null || id.value() == null) {
            throw new IllegalArgumentException("Lead event at offset " + record.offset() + " has no ce_id");
        }
        if (type != null && LeadSubmitted.CONTRACT.type().equals(new String(type.value(), StandardCharsets.UTF_8))) {
            taking.take(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)),
                    ContractJson.read(record.value(), LeadSubmitted.class));
        }
    }
}
