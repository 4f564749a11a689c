package energy.mwolo.operations;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one Spring context every integration test shares: the service on a random port, with the JVM's shared
 * PostgreSQL and Kafka broker (platform-test). Subclasses add nothing to the context configuration. Customers
 * (clients, sites, contracts) are written straight into the read model, as crm's events would leave it;
 * {@code customers.CustomerReadModelIT} shows the events doing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AbstractApiIT {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

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

    /** A POST as every client of this API sends it: with a fresh Idempotency-Key. */
    protected Api.Reply post(String path, Object body, String token) {
        return api.post(path, body).as(token).header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();
    }

    /** A client with an active site and an active contract on it, as crm's events leave them here. */
    protected Customer customer() {
        UUID client = UUID.randomUUID();
        UUID site = site(client, true);
        return new Customer(client, site, contract(client, site, "active"));
    }

    protected UUID site(UUID client, boolean active) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into read_sites (id, reference, client_id, name, usage, is_protected, active, changed_at)
                values (?, ?, ?, ?, 'residential', false, ?, ?)""")
                .params(id, "SITE-" + String.format("%06d", SEQUENCE.incrementAndGet()), client, "Parcelle Limete",
                        active, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    protected UUID contract(UUID client, UUID site, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into read_contracts (id, number, client_id, site_id, contract_type, status, site_protected,
                                            changed_at)
                values (?, ?, ?, ?, 'metered', ?, false, ?)""")
                .params(id, "CT-2026-" + String.format("%06d", SEQUENCE.incrementAndGet()), client, site, status,
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** Registers equipment of a type on a site, as OPERATIONS, and answers its id. */
    protected UUID equipment(UUID site, String type) {
        Api.Reply reply = post("/api/operations/equipment/", Bodies.equipment(type, serial(), site),
                Tokens.operations());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    /** Installs a remote-relay postpaid meter on new equipment of the site and answers the meter's id. */
    protected UUID meter(UUID site) {
        Api.Reply reply = post("/api/operations/meters/", Bodies.meter(number(), equipment(site, "meter")),
                Tokens.operations());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    protected Api.Reply link(UUID meter, UUID contract, String registerKwh) {
        return post("/api/operations/meters/" + meter + "/link/", Map.of("contract", contract.toString(),
                "register_kwh", registerKwh), Tokens.operations());
    }

    protected Api.Reply unlink(UUID meter, String registerKwh) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("register_kwh", registerKwh);
        return post("/api/operations/meters/" + meter + "/unlink/", body, Tokens.operations());
    }

    protected static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 13);
    }

    protected static String number() {
        return String.valueOf(10_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 89_999_999_999L));
    }

    protected static BigDecimal kwh(String value) {
        return new BigDecimal(value);
    }

    public record Customer(UUID client, UUID site, UUID contract) {
    }
}
