package energy.mwolo.platform.kafka;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Consumer failure handling shared by all services: a few retries with exponential back-off, then the record goes
 * to {@code <topic>.dlt} with the exception in its headers, and the partition moves on.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnBean(KafkaOperations.class)
public class KafkaAutoConfiguration {

    static final String REQUEST_ID_MDC = "request_id";

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler platformErrorHandler(KafkaOperations<?, ?> kafka) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        // Three retries, 0.5 s, 1 s and 2 s apart: long enough for a blip, short enough not to stall the partition.
        var backOff = new ExponentialBackOffWithMaxRetries(3);
        backOff.setInitialInterval(500);
        backOff.setMultiplier(2.0);
        return new DefaultErrorHandler(recoverer, backOff);
    }

    /** Carries the producer's request id into the consumer's logs. */
    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> requestIdInterceptor() {
        return new RecordInterceptor<>() {
            @Override
            public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                    org.apache.kafka.clients.consumer.Consumer<Object, Object> consumer) {
                Header header = record.headers().lastHeader(CloudEventHeaders.REQUEST_ID);
                if (header != null) {
                    MDC.put(REQUEST_ID_MDC, new String(header.value(), StandardCharsets.UTF_8));
                }
                return record;
            }

            @Override
            public void afterRecord(ConsumerRecord<Object, Object> record,
                    org.apache.kafka.clients.consumer.Consumer<Object, Object> consumer) {
                MDC.remove(REQUEST_ID_MDC);
            }
        };
    }
}
