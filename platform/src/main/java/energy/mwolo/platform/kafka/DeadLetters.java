package energy.mwolo.platform.kafka;

import energy.mwolo.contracts.Topics;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.events.UnusableEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaUtils;
import tools.jackson.core.JacksonException;

/**
 * What happens to a record its consumer cannot handle. Three retries, 0.5 s, 1 s and 2 s apart, then the record is
 * published to {@code <topic>.dlt} with the exception in its headers ({@code kafka_dlt-exception-fqcn},
 * {@code -message}, {@code -stacktrace}, and the original topic, partition and offset), counted in
 * {@value #METRIC} (tags {@code consumer}, {@code topic}), and the partition moves on. A record that no retry can
 * help ({@link UnusableEvent}, {@link DomainException}, unreadable JSON) goes to the DLT at once. Retries are only
 * counted while the database answers: during an outage the record waits, so an outage does not empty every topic
 * into its DLT. If publishing to the DLT fails, the record is retried, never dropped.
 */
public class DeadLetters {

    public static final String METRIC = "mwolo.events.dead.lettered";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    static final long OUTAGE_PAUSE_MILLIS = 5_000;

    private final KafkaOperations<?, ?> template;
    private final MeterRegistry meters;
    private final BooleanSupplier databaseAnswers;

    public DeadLetters(KafkaOperations<?, ?> template, MeterRegistry meters, BooleanSupplier databaseAnswers) {
        this.template = template;
        this.meters = meters;
        this.databaseAnswers = databaseAnswers;
    }

    /** The counter of records {@code consumer} gave up on {@code topic}; registered at zero so alerts see a rise. */
    public static Counter counter(MeterRegistry meters, String consumer, String topic) {
        return Counter.builder(METRIC)
                .description("Records a consumer gave up on and published to <topic>.dlt")
                .tag("consumer", consumer)
                .tag("topic", topic)
                .register(meters);
    }

    /** A new error handler with the platform's policy, for a container factory of the service's own. */
    public DefaultErrorHandler errorHandler() {
        var publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, exception) -> {
            publisher.accept(record, consumer, exception);
            String name = consumerOf(record);
            counter(meters, name, record.topic()).increment();
            log.error("{} gave up on {}/{}@{}, now on {}: {}", name, record.topic(), record.partition(),
                    record.offset(), Topics.deadLetter(record.topic()), rootMessage(exception));
        };
        // Three retries, 0.5 s, 1 s and 2 s apart: long enough for a blip, short enough not to stall the partition.
        var retries = new ExponentialBackOffWithMaxRetries(3);
        retries.setInitialInterval(500);
        retries.setMultiplier(2.0);
        var handler = new DefaultErrorHandler(recoverer,
                new RetriesWhileDatabaseAnswers(retries, databaseAnswers, OUTAGE_PAUSE_MILLIS));
        handler.addNotRetryableExceptions(UnusableEvent.class, DomainException.class, JacksonException.class);
        return handler;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The consumer's name as its container labels records (listener info), else the consumer group. */
    private static String consumerOf(ConsumerRecord<?, ?> record) {
        Header info = record.headers().lastHeader(KafkaHeaders.LISTENER_INFO);
        if (info != null && info.value() != null) {
            return new String(info.value(), StandardCharsets.UTF_8);
        }
        String group = KafkaUtils.getConsumerGroupId();
        return group != null ? group : "unknown";
    }
}
