package energy.mwolo.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.AgencyEvents;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.ClientEvents;
import energy.mwolo.identity.Claims;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The registration saga seen from identity: crm-service's client events, on the real broker, tie a self-registered
 * account to its CRM client, and the next token carries {@code client_id}.
 */
class ClientLinkIT extends AbstractApiIT {

    private static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final String PASSWORD = "Lubumbashi-Katanga-Cuivre";

    @Autowired
    private Agencies agencies;

    @Autowired
    private JdbcClient jdbc;

    private AgencyEvents geo;
    private ClientEvents crm;

    @BeforeEach
    void connectToTheBroker() {
        geo = new AgencyEvents(bootstrapServers());
        crm = new ClientEvents(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        geo.close();
        crm.close();
    }

    @Test
    void aClientRegisteredForTheAccountShowsInTheNextTokenAndOnItsAccount() {
        Customer customer = registerCustomer();
        UUID client = UUID.randomUUID();

        crm.publish(ClientEvents.registered(client, customer.id()));

        await(() -> client.toString().equals(customer.refreshedClaims().path("client_id").asString()));
        JsonNode me = api.get("/api/auth/me/").as(customer.access).send().json();
        assertThat(me.path("client").asString()).isEqualTo(client.toString());
        Api.Reply login = api.post("/api/auth/login/", Map.of("email", customer.email, "password", PASSWORD))
                .send();
        assertThat(Claims.of(login.json().path("access").asString()).path("client_id").asString())
                .isEqualTo(client.toString());
    }

    @Test
    void theSameEventTwiceOrAnUnchangedLinkPublishesOneUserUpdatedAtMost() {
        Customer customer = registerCustomer();
        UUID client = UUID.randomUUID();
        UUID first = crm.publish(ClientEvents.registered(client, customer.id()));
        await(() -> client.equals(linkedClient(customer.id())));

        crm.publish(first, ClientEvents.registered(client, customer.id()));
        crm.publish(ClientEvents.updated(client, customer.id()));
        crm.publish(ClientEvents.statusChanged(client));
        // A type identity does not handle leaves no inbox row; an update naming no account does. Same key, same
        // partition: once that last event is in the inbox, the ones before it were handled too.
        UUID last = crm.publish(ClientEvents.updated(client, null));
        awaitApplied(last);

        assertThat(client.toString()).isEqualTo(customer.refreshedClaims().path("client_id").asString());
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.IDENTITY_USER_EVENTS)) {
            String key = customer.id().toString();
            events.awaitAtLeast(1, e -> key.equals(e.key()) && "identity.UserUpdated".equals(e.header("ce_type")),
                    Duration.ofSeconds(90));
            List<ReceivedEvent> updates = events.readAll(Duration.ofSeconds(2)).stream()
                    .filter(e -> key.equals(e.key()) && "identity.UserUpdated".equals(e.header("ce_type")))
                    .toList();
            assertThat(updates).hasSize(1);
            assertThat(updates.get(0).value()).contains(client.toString());
        }
    }

    @Test
    void anAccountLinkedToAnotherClientKeepsItsFirstLink() {
        Customer customer = registerCustomer();
        UUID firstClient = UUID.randomUUID();
        crm.publish(ClientEvents.registered(firstClient, customer.id()));
        await(() -> firstClient.equals(linkedClient(customer.id())));

        UUID otherClient = UUID.randomUUID();
        UUID other = crm.publish(ClientEvents.registered(otherClient, customer.id()));
        awaitApplied(other);
        UUID update = crm.publish(ClientEvents.updated(otherClient, customer.id()));
        awaitApplied(update);

        assertThat(customer.refreshedClaims().path("client_id").asString()).isEqualTo(firstClient.toString());
        assertThat(api.get("/api/auth/me/").as(customer.access).send().json().path("client").asString())
                .isEqualTo(firstClient.toString());
    }

    @Test
    void eventsWithoutAnAccountOrForAnUnknownOneChangeNothing() {
        UUID withoutAccount = crm.publish(ClientEvents.registered(UUID.randomUUID(), null));
        UUID unknownAccount = crm.publish(ClientEvents.updated(UUID.randomUUID(), UUID.randomUUID()));

        awaitApplied(withoutAccount);
        awaitApplied(unknownAccount);
    }

    private void awaitApplied(UUID eventId) {
        await(() -> jdbc.sql("select count(*) from inbox where event_id = ?").param(eventId).query(Long.class)
                .single() == 1);
    }

    private UUID linkedClient(UUID user) {
        return jdbc.sql("select client_id from users where id = ?").param(user).query(UUID.class).optional()
                .orElse(null);
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await().atMost(CONSUMED).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }

    private Customer registerCustomer() {
        UUID agency = UUID.randomUUID();
        geo.publish(AgencyEvents.opened(agency, "AG-KN-" + (100 + (agency.hashCode() & 0x1FF)), true,
                Instant.now()));
        await(() -> agencies.isOpen(agency));
        String email = Accounts.uniqueEmail("saga");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("first_name", "Bienvenu");
        body.put("last_name", "Kabasele");
        body.put("post_name", "Mutombo");
        body.put("phone", "+243 81 234 5678");
        body.put("agency", agency.toString());
        Api.Reply reply = api.post("/api/auth/register/", body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode session = reply.json();
        assertThat(Claims.of(session.path("access").asString()).has("client_id")).isFalse();
        return new Customer(email, session.path("access").asString(), session.path("refresh").asString());
    }

    /** A signed-in customer; each refresh spends the refresh token, so the session follows the newest pair. */
    private final class Customer {

        private final String email;
        private String access;
        private String refresh;

        private Customer(String email, String access, String refresh) {
            this.email = email;
            this.access = access;
            this.refresh = refresh;
        }

        UUID id() {
            return UUID.fromString(Claims.of(access).path("sub").asString());
        }

        JsonNode refreshedClaims() {
            Api.Reply reply = api.post("/api/auth/refresh/", Map.of("refresh", refresh)).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            access = reply.json().path("access").asString();
            refresh = reply.json().path("refresh").asString();
            return Claims.of(access);
        }
    }
}
