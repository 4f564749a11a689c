package energy.mwolo.platform.outbox;

import energy.mwolo.platform.outbox.relay.OutboxRelay;
import energy.mwolo.platform.outbox.relay.OutboxRelaySettings;
import energy.mwolo.platform.outbox.relay.ReplicationSetup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.function.SingletonSupplier;

/** The outbox writer every service uses, and the embedded Debezium relay unless switched off. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@ConditionalOnBean(JdbcClient.class)
@ConditionalOnProperty(name = "mwolo.outbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    static final String BACKLOG = "mwolo.outbox.relay.retained.wal";

    @Bean
    Outbox outbox(JdbcClient jdbc, JdbcTemplate batches, OutboxProperties properties, Environment environment,
            ObjectProvider<Tracer> tracer, ObjectProvider<MeterRegistry> meters) {
        String module = module(properties, environment);
        return new JdbcOutbox(jdbc, batches, module, traceParent(tracer), Clock.systemUTC(),
                new OutboxMetrics(meters.getIfAvailable(SimpleMeterRegistry::new), module));
    }

    /**
     * The outbox backlog, {@value #BACKLOG}: WAL bytes the outbox's replication slot still holds back, as PostgreSQL
     * sees it. Registered whichever relay reads the slot (this service's engine or Kafka Connect's connector, which
     * uses the same slot name), so one alert covers both; zero while the slot does not exist yet.
     */
    @Bean
    SmartInitializingSingleton outboxBacklog(JdbcClient jdbc, OutboxProperties properties, Environment environment,
            ObjectProvider<MeterRegistry> meters) {
        ReplicationSetup slot = replication(jdbc, properties.relay(), module(properties, environment));
        return () -> meters.ifAvailable(registry -> Gauge.builder(BACKLOG, slot, ReplicationSetup::retainedWalBytes)
                .description("WAL bytes the outbox slot still holds (relay lag)").baseUnit("bytes")
                .register(registry));
    }

    /**
     * With {@code mwolo.outbox.relay.prepare-slot}, the outbox's publication and slot exist before the service takes
     * requests whichever relay reads them: a connector started later misses nothing written meanwhile.
     */
    @Bean
    @ConditionalOnProperty(name = "mwolo.outbox.relay.prepare-slot", havingValue = "true")
    SmartInitializingSingleton outboxSlotPrepared(JdbcClient jdbc, OutboxProperties properties,
            Environment environment) {
        return replication(jdbc, properties.relay(), module(properties, environment))::ensurePublicationAndSlot;
    }

    static ReplicationSetup replication(JdbcClient jdbc, OutboxProperties.Relay relay, String module) {
        String identifier = OutboxRelaySettings.defaultIdentifier(module);
        return new ReplicationSetup(jdbc, relay.publication() != null ? relay.publication() : identifier,
                relay.slotName() != null ? relay.slotName() : identifier);
    }

    @Bean
    OutboxPurge outboxPurge(JdbcClient jdbc, OutboxProperties properties) {
        return new OutboxPurge(jdbc, properties.retention(), Clock.systemUTC());
    }

    static String module(OutboxProperties properties, Environment environment) {
        if (properties.module() != null && !properties.module().isBlank()) {
            return properties.module();
        }
        String application = environment.getRequiredProperty("spring.application.name");
        return application.endsWith("-service") ? application.substring(0, application.length() - 8) : application;
    }

    private static Supplier<String> traceParent(ObjectProvider<Tracer> tracers) {
        // Looked up once, at the first event: resolving the bean on every publish cost a third of the writer's time.
        SingletonSupplier<Tracer> lookup = SingletonSupplier.of(tracers::getIfAvailable);
        return () -> {
            Tracer tracer = lookup.get();
            if (tracer == null || tracer.currentSpan() == null) {
                return null;
            }
            var context = tracer.currentSpan().context();
            return "00-" + context.traceId() + "-" + context.spanId() + "-"
                    + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "mwolo.outbox.relay.enabled", matchIfMissing = true)
    static class RelayConfiguration {

        @Bean
        OutboxRelay outboxRelay(OutboxProperties properties, Environment environment, JdbcClient jdbc,
                DataSourceProperties dataSource, KafkaProperties kafka, ObjectProvider<MeterRegistry> meters) {
            String module = module(properties, environment);
            OutboxProperties.Relay relay = properties.relay();
            String identifier = OutboxRelaySettings.defaultIdentifier(module);
            String slot = relay.slotName() != null ? relay.slotName() : identifier;
            String publication = relay.publication() != null ? relay.publication() : identifier;
            Path offsetDir = relay.offsetDir() != null ? relay.offsetDir() : Path.of(".data", module, "offsets");
            createDirectories(offsetDir);
            var settings = new OutboxRelaySettings(module, dataSource.determineUrl(), dataSource.determineUsername(),
                    dataSource.determinePassword(), slot, publication, offsetDir, relay.retryDelay(),
                    replication(jdbc, relay, module));
            var outboxRelay = new OutboxRelay(settings, new KafkaProducer<>(
                    OutboxRelaySettings.producerConfig(kafka.buildProducerProperties()),
                    new StringSerializer(), new ByteArraySerializer()));
            meters.ifAvailable(registry -> Gauge.builder("mwolo.outbox.relay.published", outboxRelay,
                            OutboxRelay::publishedCount)
                    .description("Outbox events acknowledged by Kafka since start").register(registry));
            return outboxRelay;
        }

        private static void createDirectories(Path dir) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the relay's offset directory " + dir, e);
            }
        }
    }
}
