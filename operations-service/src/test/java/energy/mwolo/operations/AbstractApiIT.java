package energy.mwolo.operations;

import energy.mwolo.platformtest.Api;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one Spring context every integration test shares: the service on a random port, with the JVM's shared
 * PostgreSQL and Kafka broker (platform-test). Subclasses add nothing to the context configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AbstractApiIT {

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    protected Api api;

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port);
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }
}
