package energy.mwolo.crm.registration;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** identity's UserRegistered of a CLIENT -> a prospect for that account -> ClientRegistered with the user id. */
class RegistrationSagaIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aSelfRegisteredCustomerGetsAProspectAnnouncedWithItsUserIdOnceEvenWhenReplayed() {
        UUID user = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID agency = agency(true);
        String email = "saga-" + user + "@example.cd";
        try (Publisher publisher = new Publisher(bootstrapServers())) {
            UserRegistered registered = new UserRegistered(user, email, "Bienvenu", "Kabasele", "Mutombo",
                    "+243 81 234 5678", "CLIENT", agency, "self_registration", Instant.now());
            publisher.publish(event, UserRegistered.CONTRACT, user.toString(), registered);
            publisher.publish(event, UserRegistered.CONTRACT, user.toString(), registered);
        }

        Api.Reply me = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/crm/clients/me/").as(Tokens.clientUser(user)).send(),
                        reply -> reply.status() == 200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("status").asString()).isEqualTo("prospect");
        assertThat(me.json().path("phone").asString()).isEqualTo("+243812345678");
        assertThat(me.json().path("agency").asString()).isEqualTo(agency.toString());
        String client = me.json().path("id").asString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "crm.client.events")) {
            var announced = events.awaitAtLeast(1, e -> client.equals(e.key()), WAIT);
            assertThat(announced.get(0).header("ce_type")).isEqualTo("crm.ClientRegistered");
            assertThat(JsonMapper.builder().build().readTree(announced.get(0).value()).path("user_id").asString())
                    .isEqualTo(user.toString());
        }
        assertThat(api.get("/api/crm/clients/?email=" + email).as(Tokens.salesAgent()).send().json()
                .path("count").asInt()).isEqualTo(1);
    }

    @Test
    void anExistingClientWithTheSameEmailIsLinkedToTheAccount() {
        Map<String, Object> body = Bodies.individual();
        UUID client = client(body);
        UUID user = UUID.randomUUID();
        try (Publisher publisher = new Publisher(bootstrapServers())) {
            publisher.publish(UUID.randomUUID(), UserRegistered.CONTRACT, user.toString(), new UserRegistered(user,
                    body.get("email").toString().toUpperCase(), "Bienvenu", "Kabasele", null, null, "CLIENT", null,
                    "self_registration", Instant.now()));
        }

        Api.Reply me = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/crm/clients/me/").as(Tokens.clientUser(user)).send(),
                        reply -> reply.status() == 200);
        assertThat(me.json().path("id").asString()).isEqualTo(client.toString());
        assertThat(me.json().path("user").asString()).isEqualTo(user.toString());
    }
}
