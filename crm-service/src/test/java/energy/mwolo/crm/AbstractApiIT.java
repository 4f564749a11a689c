package energy.mwolo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    @Autowired
    private JdbcClient jdbc;

    protected Api api;

    /** Every subclass declares the same properties, so the context is still shared. */
    @DynamicPropertySource
    static void geoService(DynamicPropertyRegistry registry) {
        registry.add("mwolo.geo.base-url", () -> FakeGeo.instance().baseUrl());
        registry.add("mwolo.geo.timeout", () -> "500ms");
        registry.add("mwolo.geo.open-for", () -> "1s");
    }

    @BeforeEach
    void connectToTheService() {
        api = new Api("http://localhost:" + port).heldToItsDocument();
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    /** An agency as the read model would hold it after geo-service's events. */
    protected UUID agency(boolean open) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into read_agencies (id, code, name, active, changed_at) values (?, ?, ?, ?, ?)")
                .params(id, "AG-KN-" + id.toString().substring(0, 3), "Agence de test", open,
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** The types of the events recorded in the outbox for one aggregate, oldest first. */
    protected List<String> recordedEvents(UUID aggregate) {
        return jdbc.sql("select event_type from outbox where aggregate_id = ? order by occurred_at, id")
                .param(aggregate.toString()).query(String.class).list();
    }

    /** Registers a client as a sales agent and answers its id. */
    protected UUID client(Map<String, Object> body) {
        Api.Reply reply = api.post("/api/crm/clients/", body).as(Tokens.salesAgent()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    protected UUID client() {
        return client(Bodies.individual());
    }

    protected UUID site(UUID client) {
        Api.Reply reply = api.post("/api/crm/sites/", Bodies.site(client)).as(Tokens.salesAgent()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    protected UUID contract(UUID client, UUID site) {
        return contract(Bodies.contract(client, site));
    }

    /** Drafts a contract from this body as a sales agent and answers its id. */
    protected UUID contract(Map<String, Object> body) {
        Api.Reply reply = api.post("/api/crm/contracts/", body).as(Tokens.salesAgent()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }
}
