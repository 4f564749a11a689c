package energy.mwolo.audit.log.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * {@code audit.consumer.lag}: records on the subscribed topics not yet in the log, as the consumer knew after its
 * last batch (high watermark minus position, from the last fetch: no extra request to the broker).
 */
@Component
class ConsumerLag {

    private final AtomicLong lag = new AtomicLong();

    ConsumerLag(MeterRegistry registry) {
        Gauge.builder("audit.consumer.lag", lag, AtomicLong::get)
                .description("Records on the *.events topics not yet appended to the audit log")
                .register(registry);
    }

    void update(Consumer<?, ?> consumer) {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            total += consumer.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }

    long value() {
        return lag.get();
    }
}
