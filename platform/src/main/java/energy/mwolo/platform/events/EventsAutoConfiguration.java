package energy.mwolo.platform.events;

import energy.mwolo.platform.inbox.Inbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.transaction.PlatformTransactionManager;

/** Listener containers for the service's {@link EventConsumer} beans, if it declares any. */
@AutoConfiguration
@ConditionalOnClass(KafkaListenerConfigurer.class)
public class EventsAutoConfiguration {

    @Bean
    KafkaListenerConfigurer eventConsumerRegistrar(ObjectProvider<EventConsumer> consumers,
            ObjectProvider<Inbox> inbox, ObjectProvider<PlatformTransactionManager> transactions,
            ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters) {
        return new EventConsumerRegistrar(consumers, inbox, transactions, observations, meters);
    }
}
