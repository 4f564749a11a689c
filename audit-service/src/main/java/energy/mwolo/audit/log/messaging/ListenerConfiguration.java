package energy.mwolo.audit.log.messaging;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The audit consumer's container: batches, one consumer thread (the chain is global), offsets committed after the
 * listener returned, hence after the database commit. Unlike the platform's default it never dead-letters: every
 * value is storable, so only the database or broker can fail, and skipping an event would leave it out of the log
 * for good. It retries the same batch, backing off up to 30 seconds, until it goes through.
 */
@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

    static final String FACTORY = "auditListenerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> auditListenerFactory(KafkaProperties kafka,
            ConsumerSettings settings, MeterRegistry meters) {
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
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }
}
