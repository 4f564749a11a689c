package energy.mwolo.identity.registration;

import static energy.mwolo.identity.AgencyEvents.closed;
import static energy.mwolo.identity.AgencyEvents.opened;
import static energy.mwolo.identity.AgencyEvents.updated;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.AgencyEvents;
import energy.mwolo.identity.Claims;
import energy.mwolo.identity.Customers;
import energy.mwolo.identity.Mailbox;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers register against agencies this service learnt of from geo-service's events on the real broker, and
 * confirm their address with the link mailed to it. A registration answers the same whatever the email.
 */
class RegistrationIT extends AbstractApiIT {

    private static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final String PASSWORD = Customers.PASSWORD;
    private static final String CONFIRMATION_LINK = WEBSITE + "/confirmer-mon-adresse?token=";

    @Autowired
    private Agencies agencies;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MeterRegistry meters;

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
    void aRegistrationOpensAnUnconfirmedAccountMailsTheLinkAndSignsNobodyIn() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("bienvenu");

        Api.Reply reply = customers.register(email, PASSWORD, agency);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        assertThat(reply.json().has("access")).isFalse();
        assertThat(reply.json().path("detail").asString()).startsWith("Merci.");
        MimeMessage mail = mailbox.awaitOneTo(email);
        assertThat(Mailbox.subject(mail)).isEqualTo("Mwolo Energy : confirmez votre adresse électronique");
        assertThat(Mailbox.text(mail)).contains("Bonjour Bienvenu", CONFIRMATION_LINK, "pendant 1 jour",
                WEBSITE + "/mot-de-passe-oublie");
        Accounts.Signed signed = accounts.signIn(email, PASSWORD);
        JsonNode claims = Claims.of(signed.access());
        assertThat(claims.has("client_id")).isFalse();
        assertThat(claims.path("agency_id").asString()).isEqualTo(agency.toString());
        assertThat(claims.path("perms").toString())
                .contains("billing:read", "crm:read", "support:create", "support:read");
        JsonNode me = api.get("/api/auth/me/").as(signed.access()).send().json();
        assertThat(me.path("role").asString()).isEqualTo("CLIENT");
        assertThat(me.path("post_name").asString()).isEqualTo("Mutombo");
        assertThat(me.path("email_confirmed").asBoolean()).isFalse();
    }

    @Test
    void theAnswerAndTheMailAreInEnglishWhenTheRequestAsksForIt() {
        UUID agency = openAgency();
        String byHeader = Accounts.uniqueEmail("header");
        String byField = Accounts.uniqueEmail("field");
        Map<String, Object> body = Customers.registration(byField, PASSWORD, agency);
        body.put("language", "en");

        Api.Reply english = api.withHeader("Accept-Language", "en").post("/api/auth/register/",
                Customers.registration(byHeader, PASSWORD, agency)).send();
        Api.Reply field = api.withHeader("Accept-Language", "fr").post("/api/auth/register/", body).send();

        assertThat(english.status()).isEqualTo(202);
        assertThat(english.json().path("detail").asString()).startsWith("Thank you.");
        assertThat(field.json().path("detail").asString()).startsWith("Thank you.");
        assertThat(Mailbox.subject(mailbox.awaitOneTo(byHeader))).isEqualTo("Mwolo Energy: confirm your email address");
        assertThat(Mailbox.text(mailbox.awaitOneTo(byField))).contains("Hello Bienvenu", "for 1 day");
    }

    @Test
    void aKnownEmailGetsTheSameAnswerNoSecondAccountAndItsOwnerIsTold() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("owner");
        Api.Reply first = customers.register(email, PASSWORD, agency);
        mailbox.awaitOneTo(email);

        Api.Reply second = customers.register(email.toUpperCase(), "Un-Autre-Mot-De-Passe-77", agency);

        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(202);
        assertThat(second.body()).isEqualTo(first.body());
        MimeMessage notice = mailbox.awaitNth(email, 2);
        assertThat(Mailbox.subject(notice)).isEqualTo("Mwolo Energy : tentative d’inscription avec votre adresse");
        assertThat(Mailbox.text(notice)).contains("rien n’a changé", WEBSITE + "/mot-de-passe-oublie")
                .doesNotContain("token=");
        assertThat(jdbc.sql("select count(*) from users where email = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
        assertThat(accounts.attempt(email, "Un-Autre-Mot-De-Passe-77").status()).isEqualTo(401);
        assertThat(accounts.attempt(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aKnownEmailCostsTheSamePasswordHashingAsANewOne() {
        UUID agency = openAgency();
        String known = Accounts.uniqueEmail("known");
        customers.register(known, PASSWORD, agency);

        double before = argon2Computations();
        customers.register(Accounts.uniqueEmail("new"), PASSWORD, agency);
        double forNew = argon2Computations() - before;
        before = argon2Computations();
        customers.register(known, PASSWORD, agency);
        double forKnown = argon2Computations() - before;

        // Skipping the Argon2 work for a known address would make it answer several times faster.
        assertThat(forNew).isPositive();
        assertThat(forKnown).isEqualTo(forNew);
    }

    private double argon2Computations() {
        return meters.get("identity.password.computations").counter().count();
    }

    @Test
    void theLinkWithThePasswordConfirmsTheAddressOnceAndPublishesIt() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("confirm");
        String token = customers.registerAndReadLink(email, agency);

        Api.Reply confirmed = customers.confirm(token, PASSWORD);
        Api.Reply again = customers.confirm(token, PASSWORD);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        Accounts.Signed signed = accounts.signIn(email, PASSWORD);
        assertThat(api.get("/api/auth/me/").as(signed.access()).send().json().path("email_confirmed").asBoolean())
                .isTrue();
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.code()).isEqualTo("registration.confirmation_used");
        String key = signed.id().toString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.IDENTITY_USER_EVENTS)) {
            ReceivedEvent event = events.awaitAtLeast(1, e -> key.equals(e.key())
                    && "identity.UserEmailConfirmed".equals(e.header("ce_type")), Duration.ofSeconds(90)).get(0);
            JsonNode payload = JsonMapper.builder().build().readTree(event.value());
            assertThat(payload.path("reason").asString()).isEqualTo("registration");
            assertThat(payload.path("email").asString()).isEqualTo(email);
            assertThat(payload.path("role").asString()).isEqualTo("CLIENT");
            assertThat(payload.path("agency_id").asString()).isEqualTo(agency.toString());
            assertThat(payload.has("client_id")).isFalse();
            assertThat(event.value()).doesNotContain(token, PASSWORD);
        }
    }

    @Test
    void aWrongPasswordConfirmsNothingAndLeavesTheLinkUsable() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("wrong");
        String token = customers.registerAndReadLink(email, agency);

        Api.Reply wrong = customers.confirm(token, "Pas-Le-Bon-Mot-De-Passe");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.fieldsInError()).containsExactly("password");
        assertThat(confirmedFlag(email)).isFalse();
        assertThat(customers.confirm(token, PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void anExpiredLinkIsGoneAndANewOneCanBeAskedFor() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("late");
        String token = customers.registerAndReadLink(email, agency);
        clock.advance(Duration.ofHours(24).plusMinutes(1));

        Api.Reply expired = customers.confirm(token, PASSWORD);

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("registration.confirmation_expired");
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(confirmedFlag(email)).isFalse();
        assertThat(resend(email).status()).isEqualTo(202);
        String fresh = Mailbox.token(mailbox.awaitNth(email, 2));
        assertThat(customers.confirm(fresh, PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aNewLinkEndsTheOlderOneAndAnAccountGetsAtMostThreeAnHour() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("again");
        String first = customers.registerAndReadLink(email, agency);

        assertThat(resend(email).status()).isEqualTo(202);
        assertThat(resend(email).status()).isEqualTo(202);
        assertThat(resend(email).status()).isEqualTo(202);
        // One thread sends every mail in order: once a later mail arrived, a fourth one would have too.
        String other = Accounts.uniqueEmail("other");
        customers.register(other, PASSWORD, agency);
        mailbox.awaitOneTo(other);

        assertThat(mailbox.to(email)).hasSize(3);
        assertThat(customers.confirm(first, PASSWORD).code()).isEqualTo("registration.confirmation_expired");
        assertThat(customers.confirm(Mailbox.token(mailbox.to(email).get(2)), PASSWORD).status()).isEqualTo(204);
        clock.advance(Duration.ofMinutes(61));
        assertThat(resend(email).status()).as("a confirmed account gets no link").isEqualTo(202);
    }

    @Test
    void askingForALinkTellsNothingAboutTheAddress() {
        Api.Reply unknown = resend(Accounts.uniqueEmail("nobody"));
        Api.Reply malformed = resend("pas-une-adresse@");

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.fieldsInError()).containsExactly("email");
    }

    @Test
    void anUnknownTokenIsRefusedNamingTheToken() {
        Api.Reply reply = customers.confirm("pas-un-vrai-jeton", PASSWORD);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("registration.confirmation_unknown");
        assertThat(reply.fieldsInError()).containsExactly("token");
    }

    @Test
    void theOwnerOfAnAddressSomeoneElseRegisteredTakesTheAccountOverWithAPasswordReset() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("victim");
        customers.register(email, PASSWORD, agency);
        mailbox.awaitOneTo(email);
        Accounts.Signed intruder = accounts.signIn(email, PASSWORD);

        api.post("/api/auth/password/reset/", Map.of("email", email)).send();
        String reset = Mailbox.token(mailbox.awaitNth(email, 2));
        Api.Reply set = api.post("/api/auth/password/reset/confirm/", Map.of("token", reset, "new_password",
                "Proprietaire-Legitime-2026")).send();

        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        assertThat(confirmedFlag(email)).isTrue();
        assertThat(accounts.attempt(email, PASSWORD).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", intruder.refresh())).send().status())
                .isEqualTo(401);
    }

    @Test
    void aClosedAgencyIsRefusedNamingTheAgency() {
        UUID agency = openAgency();
        geo.publish(closed(agency, "AG-KN-900", Instant.now()));
        await(() -> !agencies.isOpen(agency));

        Api.Reply reply = customers.register(Accounts.uniqueEmail("late"), PASSWORD, agency);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("agency");
    }

    @Test
    void anAgencyThisServiceNeverHeardOfIsRefusedNamingTheAgency() {
        UUID agency = UUID.randomUUID();

        Api.Reply reply = customers.register(Accounts.uniqueEmail("lost"), PASSWORD, agency);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("agency");
        assertThat(reply.json().path("detail").asString()).contains(agency.toString()).doesNotContain("{0}");
    }

    @Test
    void aWeakPasswordIsRefusedNamingThePassword() {
        UUID agency = openAgency();
        String email = Accounts.uniqueEmail("weak");

        for (String weak : new String[] {"court", "motdepasse123", email}) {
            Api.Reply reply = customers.register(email, weak, agency);
            assertThat(reply.status()).as(weak).isEqualTo(400);
            assertThat(reply.fieldsInError()).as(weak).containsExactly("password");
        }
    }

    @Test
    void missingFieldsAreNamed() {
        Api.Reply reply = api.post("/api/auth/register/", Map.of("email", "x@example.cd", "language", "ln")).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).contains("password", "first_name", "last_name", "agency", "language");
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
            Api.Reply reply = customers.register(Accounts.uniqueEmail("closed"), PASSWORD, agency);

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("accounts.registration_closed");
        } finally {
            api.put("/api/core/settings/self_registration_open/", Map.of("value", true)).as(root).send();
        }
    }

    private Api.Reply resend(String email) {
        return api.post("/api/auth/register/resend/", Map.of("email", email)).send();
    }

    private boolean confirmedFlag(String email) {
        return jdbc.sql("select email_confirmed_at is not null from users where email = ?").param(email)
                .query(Boolean.class).single();
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
}
