package energy.mwolo.audit.log.messaging;

import energy.mwolo.platform.kafka.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * The audit consumer's container: batches, one consumer thread (the chain is global), offsets committed after the
 * listener returned, hence after the database commit. Failures follow the platform's policy ({@link DeadLetters}):
 * the event that cannot be stored is retried three times, then published to {@code <topic>.dlt} with the error in
 * its headers and counted ({@code mwolo.events.dead.lettered}, consumer {@code audit-log}); retries are not used up
 * while the database does not answer, so an outage delays the log and loses nothing.
 */
@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

    static final String FACTORY = "auditListenerFactory";
    private static final Duration AUTH_RETRY = Duration.ofSeconds(10);

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> auditListenerFactory(KafkaProperties kafka,
            ConsumerSettings settings, MeterRegistry meters, DeadLetters deadLetters) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) settings.metadataMaxAge().toMillis());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        var consumers = new DefaultKafkaConsumerFactory<String, byte[]>(config);
        consumers.addListener(new MicrometerConsumerListener<>(meters));

        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(1);
        factory.getContainerProperties().setAckMode(AckMode.BATCH);
        factory.getContainerProperties().setSyncCommits(true);
        // Refused by the broker's ACLs (a table not yet applied): try again rather than stop reading for good.
        factory.getContainerProperties().setAuthExceptionRetryInterval(AUTH_RETRY);
        factory.setCommonErrorHandler(deadLetters.errorHandler());
        return factory;
    }
}
