package energy.mwolo.platform.probe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.stereotype.Component;

/** How many deliveries of each record failed, by {@code topic/partition@offset}. */
@Component
public class FailedDeliveries implements RetryListener {

    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
        failures.merge(record.topic() + "/" + record.partition() + "@" + record.offset(), 1, Integer::sum);
    }

    public int of(String topic, int partition, long offset) {
        return failures.getOrDefault(topic + "/" + partition + "@" + offset, 0);
    }
}
