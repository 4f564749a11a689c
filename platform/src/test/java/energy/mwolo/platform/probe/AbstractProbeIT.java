package energy.mwolo.platform.probe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one context the platform's integration tests share: {@link ProbeApplication} on the JVM's PostgreSQL and
 * Kafka broker (platform-test), without web server, with the outbox and its relay.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.application.name=probe-service",
        "mwolo.read-models.agencies.enabled=true",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false"})
public abstract class AbstractProbeIT {

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    protected String bootstrapServers() {
        return bootstrapServers;
    }
}
