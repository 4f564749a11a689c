package energy.mwolo.platform.events;

import energy.mwolo.platform.inbox.Inbox;
import energy.mwolo.platform.web.RequestIdFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one {@link EventConsumer} on the records of its container: envelope (strict), handler by type, then inbox
 * row and effect in one transaction. Anything thrown goes to the platform's error handler, which retries or
 * dead-letters; the container commits the offset only after this method returned.
 */
final class ConsumingListener implements MessageListener<String, String> {

    static final String MDC_TRACEPARENT = "traceparent";
    static final String MDC_EVENT_ID = "event_id";
    static final String MDC_CONSUMER = "consumer";

    private static final Logger log = LoggerFactory.getLogger(ConsumingListener.class);

    private final EventConsumer consumer;
    private final Inbox inbox;
    private final TransactionTemplate transaction;
    private final ObservationRegistry observations;
    private final Counter duplicates;

    ConsumingListener(EventConsumer consumer, Inbox inbox, TransactionTemplate transaction,
            ObservationRegistry observations, MeterRegistry meters) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.transaction = transaction;
        this.observations = observations;
        this.duplicates = Counter.builder("mwolo.events.duplicates")
                .description("Redelivered events a consumer skipped because its inbox already held them")
                .tag("consumer", consumer.name())
                .register(meters);
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        Envelope<String> envelope = Envelope.strict(record);
        EventConsumer.Handler<?> handler = consumer.handlerFor(envelope);
        if (handler == null) {
            log.debug("{} ignores {} ({}) at {}", consumer.name(), envelope.type(), envelope.dataSchema(),
                    envelope.coordinates());
            return;
        }
        try (var ignored = new EventContext(envelope, consumer.name(), observations)) {
            Object payload = handler.read(envelope);
            transaction.executeWithoutResult(status -> {
                if (inbox.firstDelivery(consumer.name(), envelope.eventId())) {
                    handler.apply(payload, envelope);
                } else {
                    duplicates.increment();
                    log.debug("{} already handled event {}", consumer.name(), envelope.id());
                }
            });
        }
    }

    /** The event's request id, traceparent and id in the logs, and the request id on the listener's observation. */
    private static final class EventContext implements AutoCloseable {

        private final MDC.MDCCloseable[] entries;

        EventContext(Envelope<String> envelope, String consumer, ObservationRegistry observations) {
            entries = new MDC.MDCCloseable[] {
                    put(RequestIdFilter.MDC_KEY, envelope.requestId()),
                    put(MDC_TRACEPARENT, envelope.traceparent()),
                    put(MDC_EVENT_ID, envelope.id()),
                    put(MDC_CONSUMER, consumer)};
            Observation observation = observations.getCurrentObservation();
            if (observation != null && envelope.requestId() != null) {
                observation.highCardinalityKeyValue("mwolo.request.id", envelope.requestId());
            }
        }

        private static MDC.MDCCloseable put(String key, String value) {
            return value == null ? null : MDC.putCloseable(key, value);
        }

        @Override
        public void close() {
            for (MDC.MDCCloseable entry : entries) {
                if (entry != null) {
                    entry.close();
                }
            }
        }
    }
}
