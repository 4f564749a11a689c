package energy.mwolo.systemtests.registration;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.notifications.CaughtMail;
import energy.mwolo.systemtests.RunningPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration end to end over the real broker, with the real identity-service and crm-service behind the real
 * gateway, and the platform's SMTP catcher (in this JVM) that identity mails to. A registration links nothing: only a confirmed
 * address does (identity's {@code UserEmailConfirmed}; crm links the client with that email or creates a prospect;
 * identity records it from crm's client event), and a refreshed token's {@code client_id} then opens
 * {@code /api/crm/clients/me/}. Someone registering with a customer's email gets neither the customer's records nor,
 * once the customer resets the password, the account. Confirmation links work once and expire
 * ({@link #LINK_VALIDITY} here).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationSagaIT {

    private static final Duration LINK_VALIDITY = Duration.ofSeconds(40);
    private static final Duration SAGA = Duration.ofSeconds(60);
    private static final String PASSWORD = "Lualaba-Kolwezi-77";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM)
            .withGateway()
            .environment(ServiceCatalogue.IDENTITY, "MWOLO_WEBSITE_URL", "https://www.mwolo.test")
            .environment(ServiceCatalogue.IDENTITY, "MWOLO_EMAIL_CONFIRMATION_VALIDITY",
                    LINK_VALIDITY.toSeconds() + "s");

    private static UUID agency;
    private static String lateEmail;
    private static Instant lateRegistration;

    @BeforeAll
    static void openAnAgencyAndRegisterTheLateCustomer() throws Exception {
        agency = UUID.randomUUID();
        publishAgencyOpened(agency);
        // The link that expires is asked for first, so the other scenarios run while it ages.
        lateEmail = uniqueEmail("tardif");
        // Timed from the answer of the attempt that registered: the ones refused while identity did not know the
        // agency yet made no link, and a link made later than the first attempt would still be valid at the check.
        Reply late = Awaitility.await().atMost(SAGA).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Reply attempt = register(lateEmail, PASSWORD);
                    lateRegistration = Instant.now();
                    return attempt;
                }, RegistrationSagaIT::agencyKnown);
        assertThat(late.status()).as(late.toString()).isEqualTo(202);
    }

    @Test
    @Order(1)
    void aNewCustomerConfirmsTheAddressAndFindsTheirProspectWithARefreshedToken() {
        String email = uniqueEmail("saga");

        Reply registered = register(email, PASSWORD);

        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        assertThat(registered.json().has("access")).as("no session at registration").isFalse();
        Session session = signIn(email, PASSWORD);
        assertThat(claims(session.access).has("client_id")).as("first token's claims").isFalse();
        String link = token(awaitMails(email, 1).get(0));
        Reply confirmed = confirm(link, PASSWORD);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);

        String clientId = session.awaitClientId();

        Reply mine = get("/api/crm/clients/me/", session.access);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("id").asString()).isEqualTo(clientId);
        assertThat(mine.json().path("email").asString()).isEqualTo(email);
        assertThat(mine.json().path("status").asString()).isEqualTo("prospect");
        assertThat(mine.json().path("phone").asString()).isEqualTo("+243812345678");
        Reply reused = confirm(link, PASSWORD);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(410);
        assertThat(reused.code()).isEqualTo("registration.confirmation_used");
    }

    @Test
    @Order(2)
    void registeringWithAClientsEmailGetsNoRecordAndTheClientTakesTheAccountBackWithAPasswordReset()
            throws InterruptedException {
        String staff = signIn("commercial@mwolo.local", "commercial123").access;
        String victim = uniqueEmail("victime");
        Reply created = post("/api/crm/clients/", Map.of("kind", "individual", "first_name", "Grâce",
                "last_name", "Mukendi", "email", victim, "phone", "0998765432"), staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String client = created.json().path("id").asString();

        Reply attempt = register(victim, PASSWORD);

        assertThat(attempt.status()).as(attempt.toString()).isEqualTo(202);
        Session intruder = signIn(victim, PASSWORD);
        for (int i = 0; i < 5; i++) {
            Thread.sleep(1000);
            assertThat(intruder.refreshedClaims().has("client_id")).as("the intruder's token, refresh " + i)
                    .isFalse();
        }
        assertThat(get("/api/crm/clients/me/", intruder.access).status()).isEqualTo(404);
        Reply list = get("/api/crm/clients/", intruder.access);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("count").asInt()).as(list.toString()).isZero();
        Reply record = get("/api/crm/clients/" + client + "/", staff);
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json().path("user").isNull()).as(record.toString()).isTrue();
        String link = token(awaitMails(victim, 1).get(0));
        Reply refused = confirm(link, "Le-Client-Ne-Le-Connait-Pas");
        assertThat(refused.status()).as("the client cannot confirm an account whose password someone else chose")
                .isEqualTo(400);
        assertThat(refused.code()).isEqualTo("registration.wrong_password");

        assertThat(post("/api/auth/password/reset/", Map.of("email", victim), null).status()).isEqualTo(202);
        String reset = token(awaitMails(victim, 2).get(1));
        Reply newPassword = post("/api/auth/password/reset/confirm/", Map.of("token", reset,
                "new_password", "Cliente-Legitime-Kinshasa"), null);

        assertThat(newPassword.status()).as(newPassword.toString()).isEqualTo(204);
        assertThat(post("/api/auth/login/", Map.of("email", victim, "password", PASSWORD), null).status())
                .isEqualTo(401);
        assertThat(post("/api/auth/refresh/", Map.of("refresh", intruder.refresh), null).status()).isEqualTo(401);
        Session owner = signIn(victim, "Cliente-Legitime-Kinshasa");
        assertThat(owner.awaitClientId()).isEqualTo(client);
        Reply mine = get("/api/crm/clients/me/", owner.access);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("id").asString()).isEqualTo(client);
        assertThat(mine.json().path("first_name").asString()).isEqualTo("Grâce");
    }

    @Test
    @Order(3)
    void aKnownEmailOpensNoSecondAccountAndItsOwnerIsTold() {
        String email = uniqueEmail("titulaire");
        assertThat(register(email, PASSWORD).status()).isEqualTo(202);
        awaitMails(email, 1);

        Reply again = register(email.toUpperCase(), "Un-Autre-Mot-De-Passe-2026");

        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        CaughtMail notice = awaitMails(email, 2).get(1);
        assertThat(notice.subject()).isEqualTo("Mwolo Energy : tentative d’inscription avec votre adresse");
        assertThat(notice.text()).doesNotContain("token=");
        assertThat(post("/api/auth/login/", Map.of("email", email, "password", "Un-Autre-Mot-De-Passe-2026"), null)
                .status()).isEqualTo(401);
        assertThat(signIn(email, PASSWORD).access).isNotBlank();
    }

    @Test
    @Order(4)
    void anExpiredLinkIsGoneAndANewOneConfirms() throws InterruptedException {
        String link = token(awaitMails(lateEmail, 1).get(0));
        Duration left = Duration.between(Instant.now(), lateRegistration.plus(LINK_VALIDITY).plusSeconds(2));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }

        Reply expired = confirm(link, PASSWORD);

        assertThat(expired.status()).as(expired.toString()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("registration.confirmation_expired");
        assertThat(post("/api/auth/register/resend/", Map.of("email", lateEmail), null).status()).isEqualTo(202);
        Reply confirmed = confirm(token(awaitMails(lateEmail, 2).get(1)), PASSWORD);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
    }

    private static Reply register(String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("first_name", "Bienvenu");
        body.put("last_name", "Kalala");
        body.put("phone", "0812345678");
        body.put("agency", agency.toString());
        return post("/api/auth/register/", body, null);
    }

    /** identity learns of the agency asynchronously: it refuses the agency (400) until then. */
    private static boolean agencyKnown(Reply reply) {
        return reply.status() != 400 || !reply.fieldsInError().contains("agency");
    }

    private static Reply confirm(String token, String password) {
        return post("/api/auth/register/confirm/", Map.of("token", token, "password", password), null);
    }

    private static Session signIn(String email, String password) {
        Reply reply = post("/api/auth/login/", Map.of("email", email, "password", password), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return new Session(reply.json().path("access").asString(), reply.json().path("refresh").asString());
    }

    /** The mails the platform's SMTP catcher got for {@code address}, oldest first, once there are {@code count}. */
    private static List<CaughtMail> awaitMails(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> oldestFirst(PLATFORM.mails().messagesTo(address)), mails -> mails.size() >= count);
    }

    private static List<CaughtMail> oldestFirst(List<CaughtMail> newestFirst) {
        List<CaughtMail> mails = new ArrayList<>(newestFirst);
        Collections.reverse(mails);
        return mails;
    }

    private static String token(CaughtMail message) {
        Matcher matcher = TOKEN.matcher(message.text());
        assertThat(matcher.find()).as("a token link in: " + message.text()).isTrue();
        return matcher.group(1);
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.cd";
    }

    /** As geo-service would: the contract record as JSON, the agency id as key, CloudEvents headers. */
    private static void publishAgencyOpened(UUID agency) throws Exception {
        String code = "SG" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        AgencyOpened event = new AgencyOpened(agency, code, "Agence " + code, UUID.randomUUID(), "KN", null,
                "12, avenue du Commerce, Gombe, Kinshasa", "+243 81 555 0142", null, null, null, null, null, true,
                Instant.now());
        Properties properties = new Properties();
        // As geo-service's own Kafka user: the broker lets it write its topics only.
        SharedKafka kafka = SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow();
        properties.putAll(kafka.clientProperties(kafka.credentials(ServiceCatalogue.GEO)));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "geo-service-stand-in-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(AgencyOpened.CONTRACT.topic(),
                    agency.toString(), ContractJson.write(event));
            record.headers()
                    .add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()))
                    .add(CloudEventHeaders.TYPE, bytes(AgencyOpened.CONTRACT.type()))
                    .add(CloudEventHeaders.SOURCE, bytes(AgencyOpened.CONTRACT.source()))
                    .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                    .add(CloudEventHeaders.SUBJECT, bytes(agency.toString()))
                    .add(CloudEventHeaders.DATA_SCHEMA, bytes(AgencyOpened.CONTRACT.dataSchema()))
                    .add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("a JWS compact token").hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** A POST through the gateway, with a bearer token when {@code token} is not null. */
    private static Reply post(String path, Object body, String token) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(request.build());
    }

    private static Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PLATFORM.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(15)).header("Accept", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(request.method() + " " + request.uri(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Reply(String call, int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The stable {@code code} of a problem answer. */
        String code() {
            return json().path("code").asString();
        }

        /** The fields a 400 problem names. */
        List<String> fieldsInError() {
            return json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
        }

        @Override
        public String toString() {
            return call + " -> " + status + " " + body;
        }
    }

    /** A signed-in person; refresh tokens rotate, so the session always spends the newest one. */
    private static final class Session {

        private String access;
        private String refresh;

        private Session(String access, String refresh) {
            this.access = access;
            this.refresh = refresh;
        }

        JsonNode refreshedClaims() {
            Reply reply = post("/api/auth/refresh/", Map.of("refresh", refresh), null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            access = reply.json().path("access").asString();
            refresh = reply.json().path("refresh").asString();
            return claims(access);
        }

        /** Refreshes until the token carries a client id (the saga is asynchronous) and answers it. */
        String awaitClientId() {
            JsonNode claims = Awaitility.await().atMost(SAGA).pollInterval(Duration.ofSeconds(1))
                    .until(this::refreshedClaims, c -> c.path("client_id").isString());
            return claims.path("client_id").asString();
        }
    }
}
