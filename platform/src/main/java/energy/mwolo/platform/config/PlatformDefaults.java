package energy.mwolo.platform.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The platform's defaults, at the lowest precedence so any service's application.yml, profile or environment
 * variable overrides them: Kafka delivery guarantees, JPA schema validation without open-in-view, message bundles,
 * actuator exposure, telemetry export off until an endpoint is configured, the trusted proxies (loopback in the dev
 * profile, none elsewhere).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "mwoloPlatformDefaults";
    /** The gateway's address when it runs on the same machine (dev profile). */
    static final String LOOPBACK = "127.0.0.1/32,::1/128";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean dev = Arrays.asList(environment.getActiveProfiles()).contains("dev");
        Map<String, Object> defaults = new LinkedHashMap<>();
        // Kafka: no event acknowledged before every in-sync replica has it; consumers commit after their effect.
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        defaults.put("spring.kafka.listener.ack-mode", "record");
        // A consumer refused by the broker's ACLs tries again instead of stopping for good once they are fixed.
        defaults.put("spring.kafka.listener.auth-exception-retry-interval", "10s");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        // JPA services: Flyway owns the schema and Hibernate only checks its entities against it at start; a request
        // does not keep a session open while the answer is written (use cases load what they return).
        defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
        defaults.put("spring.jpa.open-in-view", "false");
        // Messages: the service's own bundle, then the platform's; French is the base bundle.
        defaults.put("spring.messages.basename", "messages,platform-messages");
        defaults.put("spring.messages.fallback-to-system-locale", "false");
        defaults.put("spring.messages.encoding", "UTF-8");
        // Every message goes through MessageFormat, so '' reads as ' whether or not the message has arguments.
        defaults.put("spring.messages.always-use-message-format", "true");
        // Bean Validation messages follow the request's language, French when it names none.
        defaults.put("spring.web.locale", "fr");
        // Forwarded headers are believed from the trusted proxies only (web.ForwardedHeaders): none of Spring's or
        // Tomcat's own handling, which Boot would switch on by itself on Kubernetes and which believes anyone's.
        defaults.put("server.forward-headers-strategy", "none");
        // The dev profile runs the gateway on this machine; elsewhere nobody is trusted until configured.
        defaults.put("mwolo.web.trusted-proxies", "${MWOLO_TRUSTED_PROXIES:" + (dev ? LOOPBACK : "") + "}");
        // The OpenAPI document maps every endpoint: anyone's on a developer's machine, staff's elsewhere.
        defaults.put("mwolo.security.api-docs-open", Boolean.toString(dev));
        // Answers are JSON (problems application/problem+json, which the document lists apart): not springdoc's */*.
        defaults.put("springdoc.default-produces-media-type", "application/json");
        // The platform describes schemas from the services' Javadoc itself (JavadocDescriptions): springdoc's own
        // reader names properties as Java does (provinceCode) and would show controllers' notes to callers.
        defaults.put("springdoc.enable-javadoc", "false");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("spring.threads.virtual.enabled", "false");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // A few latency buckets for every endpoint, so dashboards show percentiles per service across replicas.
        defaults.put("management.metrics.distribution.slo.http.server.requests",
                "50ms,100ms,250ms,500ms,1s,2500ms,5s");
        // Requests are timed, not kept as long task timers while in flight: nothing reads those, and with Spring
        // Security's per-filter observations (off, SecurityAutoConfiguration) they cost a fifth of a small request.
        defaults.put("management.metrics.observations.ignored-meters", "long-task-timer");
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.otlp.metrics.export.enabled", "false");
        defaults.put("management.otlp.tracing.export.enabled", "false");
        defaults.put("management.tracing.export.otlp.enabled", "false");
        defaults.put("management.otlp.logging.export.enabled", "false");
        // Kafka clients and Debezium log every configuration at INFO; the relay logs its own state changes.
        defaults.put("logging.level.org.apache.kafka", "warn");
        defaults.put("logging.level.io.debezium", "warn");
        environment.getPropertySources().addLast(new MapPropertySource(NAME, defaults));
    }
}
