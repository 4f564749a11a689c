package energy.mwolo.platform.kafka;

import energy.mwolo.platform.events.EventConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Kafka clients signed in as the service's own user ({@link KafkaAuthentication}), and consumer failure handling
 * shared by all services ({@link DeadLetters}): bounded retries, then the dead-letter topic with the error in the
 * headers, counted per consumer and topic.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(KafkaTemplate.class)
public class KafkaAutoConfiguration {

    private static final int PROBE_TIMEOUT_SECONDS = 2;

    /** Every client signs in as the service's Kafka user ({@link KafkaAuthentication}). */
    @Bean
    static KafkaAuthentication kafkaAuthentication(Environment environment) {
        return new KafkaAuthentication(environment);
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters deadLetters(KafkaProperties kafka, ObjectProvider<MeterRegistry> meters,
            ObjectProvider<DataSource> dataSource) {
        return new DeadLetters(deadLetterTemplate(kafka), meters.getIfAvailable(SimpleMeterRegistry::new),
                databaseProbe(dataSource.getIfAvailable()));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler platformErrorHandler(DeadLetters deadLetters) {
        return deadLetters.errorHandler();
    }

    /** Each event consumer's dead-letter counters exist from the start at zero, so an alert sees the first one. */
    @Bean
    SmartInitializingSingleton deadLetterCounters(ObjectProvider<EventConsumer> consumers,
            ObjectProvider<MeterRegistry> meters) {
        return () -> meters.ifAvailable(registry -> consumers.orderedStream().forEach(consumer ->
                consumer.topics().forEach(topic -> DeadLetters.counter(registry, consumer.name(), topic))));
    }

    /** Its own producer: values go back to Kafka as they were read, whatever the service's own serializers. */
    private static KafkaTemplate<Object, Object> deadLetterTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new RecordValueSerializer(),
                new RecordValueSerializer()));
    }

    private static BooleanSupplier databaseProbe(DataSource dataSource) {
        if (dataSource == null) {
            return () -> true;
        }
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(PROBE_TIMEOUT_SECONDS);
            } catch (SQLException | RuntimeException e) {
                return false;
            }
        };
    }
}
