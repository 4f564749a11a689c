package energy.mwolo.platform.events;

import energy.mwolo.platform.inbox.Inbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every {@link EventConsumer} bean its listener container, once all beans exist (the service's own and those
 * of the platform's read models). Transactions come from the context's {@link PlatformTransactionManager},
 * whichever it is (JDBC or JPA): the inbox writes through the same connection as the effect.
 */
final class EventConsumerRegistrar implements KafkaListenerConfigurer {

    private final ObjectProvider<EventConsumer> consumers;
    private final ObjectProvider<Inbox> inbox;
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final ObjectProvider<ObservationRegistry> observations;
    private final ObjectProvider<MeterRegistry> meters;

    EventConsumerRegistrar(ObjectProvider<EventConsumer> consumers, ObjectProvider<Inbox> inbox,
            ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<MeterRegistry> meters) {
        this.consumers = consumers;
        this.inbox = inbox;
        this.transactions = transactions;
        this.observations = observations;
        this.meters = meters;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        List<EventConsumer> declared = consumers.orderedStream().toList();
        if (declared.isEmpty()) {
            return;
        }
        Inbox theInbox = inbox.getIfAvailable();
        if (theInbox == null) {
            throw new IllegalStateException("Event consumers " + declared + " need the platform inbox (a JdbcClient)");
        }
        TransactionTemplate transaction = new TransactionTemplate(transactions.getObject());
        ObservationRegistry observationRegistry = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        MeterRegistry meterRegistry = meters.getIfAvailable(SimpleMeterRegistry::new);
        Set<String> names = new HashSet<>();
        for (EventConsumer consumer : declared) {
            if (!names.add(consumer.name())) {
                throw new IllegalStateException("Two event consumers are named " + consumer.name()
                        + ": they would share inbox rows and skip each other's events");
            }
            registrar.registerEndpoint(new ConsumerEndpoint(consumer,
                    new ConsumingListener(consumer, theInbox, transaction, observationRegistry, meterRegistry)));
        }
    }
}
