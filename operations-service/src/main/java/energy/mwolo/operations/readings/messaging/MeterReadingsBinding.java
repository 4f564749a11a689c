package energy.mwolo.operations.readings.messaging;

import energy.mwolo.operations.kernel.DevicePolls;
import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.IngestingReadings;
import energy.mwolo.operations.readings.application.IngestionResult;
import energy.mwolo.platform.kafka.DeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
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
 * pause rather than go to the dead letters; the retried poll meets what was stored as duplicates. Each stored poll
 * is measured for the ingestion dashboard: its size in {@value #BATCH} and its readings by outcome in
 * {@value #READINGS} ({@code stored}, {@code duplicate}, {@code parked}).
 */
@Configuration(proxyBeanMethods = false)
class MeterReadingsBinding {

    static final String BATCH = "operations.readings.batch";
    static final String READINGS = "operations.readings.ingested";

    private static final Logger log = LoggerFactory.getLogger(MeterReadingsBinding.class);

    @Bean
    Consumer<List<byte[]>> meterReadings(IngestingReadings ingesting, MeterRegistry meters) {
        DistributionSummary batches = DistributionSummary.builder(BATCH)
                .description("Readable readings per poll of iot.meter-readings").register(meters);
        Counter stored = readings(meters, "stored");
        Counter duplicates = readings(meters, "duplicate");
        Counter parked = readings(meters, "parked");
        return messages -> DevicePolls.handle(messages, DeviceReadings::read, readable -> {
            IngestionResult result = store(ingesting, readable);
            batches.record(readable.size());
            stored.increment(result.stored());
            duplicates.increment(result.duplicates());
            parked.increment(result.parked());
        }, "reading");
    }

    private static Counter readings(MeterRegistry meters, String outcome) {
        return Counter.builder(READINGS).description("Readings from devices by what ingestion did with them")
                .tag("outcome", outcome).register(meters);
    }

    /** Batch mode has no binder retries: the platform's dead-letter policy handles each container's failures. */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> readingsErrorHandling(DeadLetters deadLetters) {
        return (container, destination, group) -> container.setCommonErrorHandler(deadLetters.errorHandler());
    }

    private static IngestionResult store(IngestingReadings ingesting, List<IncomingReading> readable) {
        IngestionResult result = ingesting.ingest(readable, "device");
        log.debug("readings: {} stored, {} duplicates, {} parked, flagged {}", result.stored(), result.duplicates(),
                result.parked(), result.flagged());
        return result;
    }
}
