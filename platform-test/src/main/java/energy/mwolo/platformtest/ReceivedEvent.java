package energy.mwolo.platformtest;

import java.util.Map;

/**
 * One Kafka record as {@link KafkaEvents} read it: key and value as UTF-8 strings, headers by name as UTF-8
 * (when a name repeats, the last value wins).
 */
public record ReceivedEvent(String topic, int partition, long offset, String key, String value,
                            Map<String, String> headers) {

    public ReceivedEvent {
        headers = headers == null ? Map.of() : headers;
    }

    /** The header's value, or {@code null} if the record has no such header. */
    public String header(String name) {
        return headers.get(name);
    }
}
