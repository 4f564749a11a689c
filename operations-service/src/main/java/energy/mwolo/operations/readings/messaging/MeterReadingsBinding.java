package energy.mwolo.operations.readings.messaging;

import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.IngestingReadings;
import energy.mwolo.operations.readings.application.IngestionResult;
import energy.mwolo.platform.events.UnusableEvent;
import energy.mwolo.platform.kafka.DeadLetters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The {@code meterReadings-in-0} binding: each poll of {@code iot.meter-readings} arrives as one list of raw
 * messages. The readable ones before the first unreadable are stored in one transaction; the unreadable one is then
 * named by its index ({@link BatchListenerFailedException}), so the platform's error handler commits the offsets
 * before it, sends it alone to {@code iot.meter-readings.dlt} with the reason in its headers (at once: it is an
 * {@link UnusableEvent}) and delivers the rest of the poll again. A failure storing the readable ones (the database
 * down) fails the whole poll: the handler retries it, and waits while the database does not answer, so readings
 * pause rather than go to the dead letters; the retried poll meets what was stored as duplicates.
 */
@Configuration(proxyBeanMethods = false)
class MeterReadingsBinding {

    private static final Logger log = LoggerFactory.getLogger(MeterReadingsBinding.class);

    @Bean
    Consumer<List<byte[]>> meterReadings(IngestingReadings ingesting) {
        return messages -> {
            List<IncomingReading> readable = new ArrayList<>(messages.size());
            for (int i = 0; i < messages.size(); i++) {
                try {
                    readable.add(DeviceReadings.read(messages.get(i)));
                } catch (UnusableEvent unreadable) {
                    store(ingesting, readable);
                    throw new BatchListenerFailedException("unreadable reading at " + i + " of the poll", unreadable, i);
                }
            }
            store(ingesting, readable);
        };
    }

    /** Batch mode has no binder retries: the platform's dead-letter policy handles each container's failures. */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> readingsErrorHandling(DeadLetters deadLetters) {
        return (container, destination, group) -> container.setCommonErrorHandler(deadLetters.errorHandler());
    }

    private static void store(IngestingReadings ingesting, List<IncomingReading> readable) {
        if (readable.isEmpty()) {
            return;
        }
        IngestionResult result = ingesting.ingest(readable, "device");
        log.debug("readings: {} stored, {} duplicates, {} parked, flagged {}", result.stored(), result.duplicates(),
                result.parked(), result.flagged());
    }
}
