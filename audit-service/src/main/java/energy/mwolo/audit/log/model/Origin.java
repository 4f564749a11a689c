package energy.mwolo.audit.log.model;

import java.util.Objects;

/** Where an event was read: Kafka topic, partition and offset. */
public record Origin(String topic, int partition, long offset) {

    public Origin {
        Objects.requireNonNull(topic, "topic");
    }

    /**
     * The service that owns the topic, the first part of its name ({@code crm} for {@code crm.client.events}): the
     * broker lets only that service write it.
     */
    public String owner() {
        int dot = topic.indexOf('.');
        return dot < 0 ? topic : topic.substring(0, dot);
    }

    /** The {@code ce_source} the owner's outbox relay writes: {@code crm-service}. */
    public String expectedSource() {
        return owner() + "-service";
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "@" + offset;
    }
}
