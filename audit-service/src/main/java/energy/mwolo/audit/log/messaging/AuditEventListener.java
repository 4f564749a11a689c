package energy.mwolo.audit.log.messaging;

import energy.mwolo.audit.log.application.AppendingEvents;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Origin;
import energy.mwolo.platform.events.Envelope;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Every {@code *.events} topic (full match, so {@code *.events.dlt} is not one), present or created later, into
 * the chain. One batch is one transaction; the container commits its offsets only after this method returned.
 *
 * <p>A batch that fails is delivered again whole (a blip passes). If it fails again, its records are appended one
 * at a time to find the one that cannot be stored: those before it are kept, and it alone goes back to the error
 * handler, which retries it and then publishes it to the dead-letter topic, so the chain moves on without it.
 * The state of the last failed batch is this listener's own: the container runs one consumer thread.
 */
@Component
class AuditEventListener {

    /** The container's id in the listener registry, and the consumer's name on dead-letter metrics. */
    static final String ID = "audit-log";
    private static final Logger log = LoggerFactory.getLogger(AuditEventListener.class);

    private final AppendingEvents appending;
    private final ConsumerLag lag;
    private final Set<Origin> lastFailedBatch = new HashSet<>();

    AuditEventListener(AppendingEvents appending, ConsumerLag lag) {
        this.appending = appending;
        this.lag = lag;
    }

    @KafkaListener(id = ID, idIsGroup = false, info = ID,
            topicPattern = "${mwolo.audit.consumer.topic-pattern:.*\\.events}",
            containerFactory = ListenerConfiguration.FACTORY, concurrency = "1")
    void onBatch(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        Instant receivedAt = Instant.now();
        List<IncomingEvent> events = records.stream().map(record -> incoming(record, receivedAt)).toList();
        if (events.stream().anyMatch(event -> lastFailedBatch.contains(event.origin()))) {
            appendOneByOne(records, events);
        } else {
            appendBatch(events);
        }
        lastFailedBatch.clear();
        lag.update(consumer);
    }

    private void appendBatch(List<IncomingEvent> events) {
        try {
            appending.append(events);
        } catch (RuntimeException e) {
            lastFailedBatch.clear();
            events.forEach(event -> lastFailedBatch.add(event.origin()));
            throw new BatchListenerFailedException("A batch of " + events.size() + " events from "
                    + events.get(0).origin() + " failed; it will be delivered again", e, 0);
        }
    }

    private void appendOneByOne(List<ConsumerRecord<String, byte[]>> records, List<IncomingEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            try {
                appending.append(List.of(events.get(i)));
            } catch (RuntimeException e) {
                // From now on only this event is suspect: once it is dead-lettered, batches are whole again.
                lastFailedBatch.clear();
                lastFailedBatch.add(events.get(i).origin());
                throw new BatchListenerFailedException("Event " + events.get(i).eventId() + " at "
                        + events.get(i).origin() + " cannot be appended", e, records.get(i));
            }
        }
        log.info("A batch that had failed went through one event at a time ({} events)", events.size());
    }

    /** The event as the log keeps it: the platform's lenient envelope, so no record is refused for its headers. */
    private static IncomingEvent incoming(ConsumerRecord<String, byte[]> record, Instant receivedAt) {
        Envelope<byte[]> envelope = Envelope.lenient(record);
        return new IncomingEvent(envelope.id(), envelope.type(), envelope.source(), envelope.subject(),
                envelope.actor(), envelope.time(), receivedAt,
                new Origin(envelope.topic(), envelope.partition(), envelope.offset()), envelope.payload());
    }
}
