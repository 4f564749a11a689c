package energy.mwolo.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.converter.MessageConverter;

/**
 * An {@link EventConsumer} as a listener endpoint of the service's default container factory: listener id and
 * client id are the consumer's name, the group is the service's. The name also travels as the records' listener
 * info, so the dead-letter metric can tell which consumer gave a record up.
 */
final class ConsumerEndpoint implements KafkaListenerEndpoint {

    private final String name;
    private final List<String> topics;
    private final MessageListener<String, String> listener;

    ConsumerEndpoint(EventConsumer consumer, MessageListener<String, String> listener) {
        this.name = consumer.name();
        this.topics = List.copyOf(consumer.topics());
        this.listener = listener;
    }

    @Override
    public String getId() {
        return name;
    }

    /** The service's group ({@code spring.kafka.consumer.group-id}): its committed offsets outlive renames. */
    @Override
    public String getGroupId() {
        return null;
    }

    @Override
    public String getGroup() {
        return null;
    }

    @Override
    public Collection<String> getTopics() {
        return topics;
    }

    @Override
    public TopicPartitionOffset[] getTopicPartitionsToAssign() {
        return new TopicPartitionOffset[0];
    }

    @Override
    public Pattern getTopicPattern() {
        return null;
    }

    @Override
    public String getClientIdPrefix() {
        return name;
    }

    @Override
    public Integer getConcurrency() {
        return null;
    }

    @Override
    public Boolean getAutoStartup() {
        return null;
    }

    @Override
    public Boolean getBatchListener() {
        return false;
    }

    @Override
    public byte[] getListenerInfo() {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void setupListenerContainer(MessageListenerContainer container, MessageConverter messageConverter) {
        container.setupMessageListener(listener);
    }

    @Override
    public boolean isSplitIterables() {
        return true;
    }
}
