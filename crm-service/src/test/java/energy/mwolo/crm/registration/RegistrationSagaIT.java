package energy.mwolo.crm.registration;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.identity.UserEmailConfirmed;
import energy.mwolo.contracts.identity.UserRegistered;
import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Bodies;
import energy.mwolo.crm.Publisher;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * identity's UserEmailConfirmed of a CLIENT account -> the client with that email linked to it, or a prospect
 * created for it; announced with the user id. A registration alone (UserRegistered) creates and links nothing, and a
 * client already tied to an account is never taken from it.
 */
class RegistrationSagaIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private JdbcClient jdbc;

    private Publisher identity;

    @BeforeEach
    void connectToTheBroker() {
        identity = new Publisher(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        identity.close();
    }

    @Test
    void aConfirmedCustomerGetsAProspectAnnouncedWithItsUserIdOnceEvenWhenReplayed() {
        UUID user = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID agency = agency(true);
        String email = "saga-" + user + "@example.cd";
        UserEmailConfirmed confirmed = confirmed(user, email, "CLIENT", agency, null);

        publish(event, confirmed);
        publish(event, confirmed);

        JsonNode client = awaitClientWithEmail(email);
        assertThat(client.path("user").asString()).isEqualTo(user.toString());
        assertThat(client.path("status").asString()).isEqualTo("prospect");
        assertThat(client.path("phone").asString()).isEqualTo("+243812345678");
        assertThat(client.path("agency").asString()).isEqualTo(agency.toString());
        String id = client.path("id").asString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "crm.client.events")) {
            var announced = events.awaitAtLeast(1, e -> id.equals(e.key()), WAIT);
            assertThat(announced.get(0).header("ce_type")).isEqualTo("crm.ClientRegistered");
            assertThat(JsonMapper.builder().build().readTree(announced.get(0).value()).path("user_id").asString())
                    .isEqualTo(user.toString());
        }
        assertThat(jdbc.sql("select count(*) from inbox where event_id = ?").param(event).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void anExistingClientWithTheConfirmedEmailIsLinkedToTheAccount() {
        Map<String, Object> body = Bodies.individual();
        UUID client = client(body);
        UUID user = UUID.randomUUID();

        publish(UUID.randomUUID(), confirmed(user, body.get("email").toString().toUpperCase(), "CLIENT", null, null));

        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> user.toString().equals(linkedUser(client)));
        assertThat(recordedEvents(client)).containsExactly("crm.ClientRegistered", "crm.ClientUpdated");
    }

    @Test
    void aRegistrationAloneCreatesAndLinksNothingEvenForAClientsEmail() {
        Map<String, Object> body = Bodies.individual();
        UUID client = client(body);
        UUID intruder = UUID.randomUUID();
        String newEmail = "inconnu-" + intruder + "@example.cd";

        UUID takeover = publishRegistered(intruder, body.get("email").toString());
        UUID fresh = publishRegistered(UUID.randomUUID(), newEmail);
        awaitHandledAfter(intruder);

        assertThat(linkedUser(client)).isNull();
        assertThat(count("/api/crm/clients/?email=" + newEmail)).isZero();
        assertThat(jdbc.sql("select count(*) from inbox where event_id in (?, ?)").params(takeover, fresh)
                .query(Long.class).single()).as("skipped without an inbox row").isZero();
        assertThat(api.get("/api/crm/clients/me/").as(Tokens.clientUser(intruder)).send().status()).isEqualTo(404);
    }

    @Test
    void aClientAlreadyTiedToAnAccountIsNeverTakenFromIt() {
        Map<String, Object> body = Bodies.individual();
        UUID client = client(body);
        UUID owner = UUID.randomUUID();
        Api.Reply linked = api.post("/api/crm/clients/" + client + "/account/", Map.of("user_id", owner.toString()))
                .as(Tokens.salesAgent()).send();
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        UUID other = UUID.randomUUID();

        publish(UUID.randomUUID(), confirmed(other, body.get("email").toString(), "CLIENT", null, null));
        awaitHandledAfter(other);

        assertThat(linkedUser(client)).isEqualTo(owner.toString());
        assertThat(count("/api/crm/clients/?email=" + body.get("email"))).isEqualTo(1);
    }

    @Test
    void anAccountAlreadyTiedToAClientOrAStaffAccountGetsNoClient() {
        Map<String, Object> body = Bodies.individual();
        UUID client = client(body);
        UUID tied = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        String staffEmail = "agent-" + staff + "@mwolo.cd";

        publish(UUID.randomUUID(), confirmed(tied, body.get("email").toString(), "CLIENT", null, UUID.randomUUID()));
        publish(UUID.randomUUID(), confirmed(staff, staffEmail, "SALES_AGENT", null, null));
        awaitHandledAfter(tied);
        awaitHandledAfter(staff);

        assertThat(linkedUser(client)).isNull();
        assertThat(count("/api/crm/clients/?email=" + staffEmail)).isZero();
    }

    private static UserEmailConfirmed confirmed(UUID user, String email, String role, UUID agency, UUID client) {
        return new UserEmailConfirmed(user, email, "registration", role, "Bienvenu", "Kabasele", "Mutombo",
                "+243 81 234 5678", agency, client, Instant.now());
    }

    private void publish(UUID eventId, UserEmailConfirmed event) {
        identity.publish(eventId, UserEmailConfirmed.CONTRACT, event.userId().toString(), event);
    }

    private UUID publishRegistered(UUID user, String email) {
        UUID event = UUID.randomUUID();
        identity.publish(event, UserRegistered.CONTRACT, user.toString(), new UserRegistered(user, email,
                "Bienvenu", "Kabasele", null, "+243 81 234 5678", "CLIENT", null, "self_registration",
                Instant.now()));
        return event;
    }

    /**
     * Waits until an event published after the ones on {@code user}'s key was handled: same key, same partition, so
     * the earlier ones were handled (or skipped) before it. A confirmation of an EMPLOYEE does nothing but leave an
     * inbox row.
     */
    private void awaitHandledAfter(UUID user) {
        UUID marker = UUID.randomUUID();
        identity.publish(marker, UserEmailConfirmed.CONTRACT, user.toString(), new UserEmailConfirmed(user,
                "marqueur-" + marker + "@mwolo.cd", "administrator", "EMPLOYEE", "Marqueur", "Test", null, null,
                null, null, Instant.now()));
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                "select count(*) from inbox where event_id = ?").param(marker).query(Long.class).single() == 1);
    }

    private JsonNode awaitClientWithEmail(String email) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/crm/clients/?email=" + email).as(Tokens.salesAgent()).send().json(),
                        page -> page.path("count").asInt() == 1)
                .path("results").get(0);
    }

    private int count(String path) {
        return api.get(path).as(Tokens.salesAgent()).send().json().path("count").asInt();
    }

    private String linkedUser(UUID client) {
        JsonNode user = api.get("/api/crm/clients/" + client + "/").as(Tokens.salesAgent()).send().json()
                .path("user");
        return user.isString() ? user.asString() : null;
    }
}
