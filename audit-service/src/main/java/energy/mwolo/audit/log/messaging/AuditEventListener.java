package energy.mwolo.audit.log.messaging;

import energy.mwolo.audit.log.application.AppendingEvents;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every {@code *.events} topic (full match, so {@code *.events.dlt} is not one), present or created later, into
 * the chain. One batch is one transaction; the container commits its offsets only after this method returned.
 */
@Component
class AuditEventListener {

    /** The container's id in the listener registry; the consumer group stays the application's name. */
    static final String ID = "audit-log";

    private final AppendingEvents appending;
    private final ConsumerLag lag;

    AuditEventListener(AppendingEvents appending, ConsumerLag lag) {
        this.appending = appending;
        this.lag = lag;
    }

    @KafkaListener(id = ID, idIsGroup = false, topicPattern = "${mwolo.audit.consumer.topic-pattern:.*\\.events}",
            containerFactory = ListenerConfiguration.FACTORY, concurrency = "1")
    void onBatch(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        Instant receivedAt = Instant.now();
        appending.append(records.stream().map(record -> KafkaRecords.incoming(record, receivedAt)).toList());
        lag.update(consumer);
    }
}
