package energy.mwolo.cms;

import energy.mwolo.embedded.notifications.SmtpCatcher;
import energy.mwolo.platformtest.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.BeforeEach;

/**
 * The one Spring context every integration test shares: the service on a random port, with the JVM's shared
 * PostgreSQL and Kafka broker (platform-test), an SMTP catcher on a free loopback port, and the website at a
 * test address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AbstractApiIT {

    protected static final SmtpCatcher MAIL = SmtpCatcher.start();

    @DynamicPropertySource
    static void mailAndWebsite(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", MAIL::host);
        registry.add("spring.mail.port", MAIL::smtpPort);
        registry.add("mwolo.cms.website-url", () -> "https://www.mwolo.test");
    }

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port).heldToItsDocument();
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    protected Api.Reply post(String path, Object body, String token) {
        Api.Call call = api.post(path, body);
        return token == null ? call.send() : call.as(token).send();
    }
}
