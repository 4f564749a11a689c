package energy.mwolo.platform.probe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one context the platform's integration tests share: {@link ProbeApplication} on the JVM's PostgreSQL and
 * Kafka broker (platform-test), without web server, with the outbox and its relay. Its JPA settings are the
 * platform's defaults (entities validated against the Flyway schema, no open-in-view).
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.application.name=probe-service",
        "mwolo.read-models.agencies.enabled=true",
        "mwolo.read-models.calendar.enabled=true",
        // Longer than any test: what the calendar's answers follow here is the local consumer's commits.
        "mwolo.read-models.calendar.refresh=1h"})
public abstract class AbstractProbeIT {

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    protected String bootstrapServers() {
        return bootstrapServers;
    }
}
