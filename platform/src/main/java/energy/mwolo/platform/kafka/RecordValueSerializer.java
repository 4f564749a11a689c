package energy.mwolo.platform.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a consumed key or value back as it was read: bytes as they are, text as UTF-8. Consumers read values as
 * {@code String} (services) or {@code byte[]} (audit); one dead-letter producer serves both.
 */
final class RecordValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        return data.toString().getBytes(StandardCharsets.UTF_8);
    }
}
