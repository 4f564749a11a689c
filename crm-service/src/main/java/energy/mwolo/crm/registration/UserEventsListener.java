package energy.mwolo.crm.registration;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.identity.UserRegistered;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads {@code identity.user.events} for UserRegistered; other account events are not CRM's business. */
@Component
class UserEventsListener {

    private final LinkingCustomerAccount linking;

    UserEventsListener(LinkingCustomerAccount linking) {
        this.linking = linking;
    }

    @KafkaListener(id = "crm-registrations", idIsGroup = false, topics = Topics.IDENTITY_USER_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        Header id = record.headers().lastHeader(CloudEventHeaders.ID);
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (id == null || id.value() == null) {
            throw new IllegalArgumentException("User event at offset " + record.offset() + " has no ce_id");
        }
        if (type != null && UserRegistered.CONTRACT.type().equals(new String(type.value(), StandardCharsets.UTF_8))) {
            linking.onRegistered(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)),
                    ContractJson.read(record.value(), UserRegistered.class));
        }
    }
}
