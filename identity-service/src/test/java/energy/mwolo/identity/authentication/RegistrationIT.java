package energy.mwolo.identity.authentication;

import static energy.mwolo.identity.AgencyEvents.closed;
import static energy.mwolo.identity.AgencyEvents.opened;
import static energy.mwolo.identity.AgencyEvents.updated;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.AgencyEvents;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.Claims;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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

/** Customers register against agencies this service learnt of from geo-service's events on the real broker. */
class RegistrationIT extends AbstractApiIT {

    private static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final String PASSWORD = "Goma-Nyiragongo-Volcan";

    @Autowired
    private Agencies agencies;

    @Autowired
    private JdbcClient jdbc;

    private AgencyEvents geo;

    @BeforeEach
    void connectToTheBroker() {
        geo = new AgencyEvents(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        geo.close();
    }

    @Test
    void aCustomerRegistersAtAnOpenAgencyAndIsSignedIn() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("bienvenu");

        Api.Reply reply = register(email, PASSWORD, agency);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.path("role").asString()).isEqualTo("CLIENT");
        assertThat(body.path("user").path("email").asString()).isEqualTo(email);
        assertThat(body.path("user").path("agency").asString()).isEqualTo(agency.toString());
        JsonNode claims = Claims.of(body.path("access").asString());
        assertThat(claims.path("agency_id").asString()).isEqualTo(agency.toString());
        assertThat(claims.path("perms").toString())
                .contains("billing:read", "crm:read", "support:create", "support:read");
        assertThat(api.get("/api/auth/me/").as(body.path("access").asString()).send().json().path("post_name")
                .asString()).isEqualTo("Mutombo");
    }

    @Test
    void aClosedAgencyIsRefusedNamingTheAgency() {
        UUID agency = openAgency();
        geo.publish(closed(agency, "AG-KN-900", Instant.now()));
        await(() -> !agencies.isOpen(agency));

        Api.Reply reply = register(Accounts.uniqueEmail("late"), PASSWORD, agency);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("agency");
    }

    @Test
    void anAgencyThisServiceNeverHeardOfIsRefusedNamingTheAgency() {
        UUID agency = UUID.randomUUID();

        Api.Reply reply = register(Accounts.uniqueEmail("lost"), PASSWORD, agency);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("agency");
        assertThat(reply.json().path("detail").asString()).contains(agency.toString()).doesNotContain("{0}");
    }

    @Test
    void anEmailAlreadyUsedInAnyCaseIsAConflict() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("twice");
        assertThat(register(email, PASSWORD, agency).status()).isEqualTo(201);

        Api.Reply again = register(email.toUpperCase(), PASSWORD, agency);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("accounts.email.taken");
    }

    @Test
    void aWeakPasswordIsRefusedNamingThePassword() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("weak");

        for (String weak : new String[] {"court", "motdepasse123", email}) {
            Api.Reply reply = register(email, weak, agency);
            assertThat(reply.status()).as(weak).isEqualTo(400);
            assertThat(reply.fieldsInError()).as(weak).containsExactly("password");
        }
    }

    @Test
    void missingFieldsAreNamed() {
        Api.Reply reply = api.post("/api/auth/register/", Map.of("email", "x@example.cd")).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).contains("password", "first_name", "last_name", "agency");
    }

    @Test
    void aRedeliveredOrOutdatedAgencyEventChangesNothing() {
        UUID agency = UUID.randomUUID();
        Instant opening = Instant.now().minus(Duration.ofDays(30));
        UUID openedId = geo.publish(opened(agency, "AG-KN-901", true, opening));
        await(() -> agencies.isOpen(agency));
        geo.publish(closed(agency, "AG-KN-901", opening.plus(Duration.ofDays(1))));
        await(() -> !agencies.isOpen(agency));

        geo.publish(openedId, opened(agency, "AG-KN-901", true, opening));
        UUID older = geo.publish(updated(agency, "AG-KN-901", true, opening.plus(Duration.ofHours(1))));
        // Same key, same partition: once the later event is in the inbox, the redelivery before it was handled too.
        await(() -> jdbc.sql("select count(*) from inbox where event_id = ?").param(older).query(Long.class)
                .single() == 1);

        assertThat(agencies.isOpen(agency)).as("a redelivery and an older update must not reopen it").isFalse();
        assertThat(jdbc.sql("select count(*) from inbox where event_id = ?").param(openedId).query(Long.class)
                .single()).isEqualTo(1);
        geo.publish(updated(agency, "AG-KN-901", true, opening.plus(Duration.ofDays(2))));
        await(() -> agencies.isOpen(agency));
    }

    @Test
    void registrationStopsWhenTheSettingClosesIt() {
        UUID agency = openAgency();
        String root = accounts.root().access();
        api.put("/api/core/settings/self_registration_open/", Map.of("value", false)).as(root).send();
        try {
            Api.Reply reply = register(Accounts.uniqueEmail("closed"), PASSWORD, agency);

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("accounts.registration_closed");
        } finally {
            api.put("/api/core/settings/self_registration_open/", Map.of("value", true)).as(root).send();
        }
    }

    /** An agency geo-service opened, once this service has applied the event (agencies are keyed apart). */
    private UUID openAgency() {
        UUID agency = UUID.randomUUID();
        geo.publish(opened(agency, "AG-KN-" + (100 + (agency.hashCode() & 0x1FF)), true, Instant.now()));
        await(() -> agencies.isOpen(agency));
        return agency;
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await().atMost(CONSUMED).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

    private Api.Reply register(String email, String password, UUID agency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("first_name", "Bienvenu");
        body.put("last_name", "Kabasele");
        body.put("post_name", "Mutombo");
        body.put("phone", "+243 81 234 5678");
        body.put("agency", agency.toString());
        return api.post("/api/auth/register/", body).send();
    }
}
