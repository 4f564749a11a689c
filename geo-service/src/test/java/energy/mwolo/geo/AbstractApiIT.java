package energy.mwolo.geo;

import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.PlatformTestContextCustomizerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one Spring context every integration test shares: the service on a random port, with the JVM's shared
 * PostgreSQL and Kafka broker (platform-test). Subclasses add nothing to the context configuration, so Spring
 * starts the service once for all of them. The platform's calendar read model (with the agencies one it needs) is
 * switched on here only, so that {@code CalendarEventsIT} can compare what a consumer of geo's events answers with
 * what geo answers; the service itself does not run it, so the ACL table does not let geo read its own topics and
 * this context's user is granted what those consumers read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mwolo.read-models.agencies.enabled=true",
        "mwolo.read-models.calendar.enabled=true",
        PlatformTestContextCustomizerFactory.GRANT_LISTENERS_PROPERTY + "=true"})
public abstract class AbstractApiIT {

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    protected Api api;

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port).heldToItsDocument();
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }
}
