package energy.mwolo.operations.readings.messaging;

import energy.mwolo.operations.kernel.DevicePolls;
import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.IngestingReadings;
import energy.mwolo.operations.readings.application.IngestionResult;
import energy.mwolo.platform.kafka.DeadLetters;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * The {@code meterReadings-in-0} binding: each poll of {@code iot.meter-readings} arrives as one list of raw
 * messages, split at the first unreadable one as {@link DevicePolls} says (the readable ones stored in one
 * transaction, the unreadable one alone to {@code iot.meter-readings.dlt}). A failure storing the readable ones (the database
 * down) fails the whole poll: the handler retries it, and waits while the database does not answer, so readings
 * pause rather than go to the dead letters; the retried poll meets what was stored as duplicates.
 */
@Configuration(proxyBeanMethods = false)
class MeterReadingsBinding {

    private static final Logger log = LoggerFactory.getLogger(MeterReadingsBinding.class);

    @Bean
    Consumer<List<byte[]>> meterReadings(IngestingReadings ingesting) {
        return messages -> DevicePolls.handle(messages, DeviceReadings::read, readable -> store(ingesting, readable),
                "reading");
    }

    /** Batch mode has no binder retries: the platform's dead-letter policy handles each container's failures. */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> readingsErrorHandling(DeadLetters deadLetters) {
        return (container, destination, group) -> container.setCommonErrorHandler(deadLetters.errorHandler());
    }

    private static void store(IngestingReadings ingesting, List<IncomingReading> readable) {
        IngestionResult result = ingesting.ingest(readable, "device");
        log.debug("readings: {} stored, {} duplicates, {} parked, flagged {}", result.stored(), result.duplicates(),
                result.parked(), result.flagged());
    }
}
