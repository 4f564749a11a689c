package energy.mwolo.audit.log.model;

import java.util.Objects;

/** Where an event was read: Kafka topic, partition and offset. */
public record Origin(String topic, int partition, long offset) {

    public Origin {
        Objects.requireNonNull(topic, "topic");
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "@" + offset;
    }
}
