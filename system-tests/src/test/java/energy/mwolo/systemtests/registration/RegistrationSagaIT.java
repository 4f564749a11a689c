package energy.mwolo.systemtests.registration;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.systemtests.RunningPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registration saga end to end over the real broker, with the real identity-service and crm-service behind the
 * real gateway: a customer registers through identity, crm creates the client from {@code identity.UserRegistered},
 * identity links it from {@code crm.ClientRegistered}, and a refreshed token's {@code client_id} opens
 * {@code GET /api/crm/clients/me/}.
 */
class RegistrationSagaIT {

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM)
            .withGateway();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aRegisteredCustomerFindsTheirClientWithARefreshedToken() throws Exception {
        String gateway = PLATFORM.gatewayUrl();
        UUID agency = UUID.randomUUID();
        publishAgencyOpened(agency);

        String email = "saga-" + UUID.randomUUID() + "@example.cd";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", "Lualaba-Kolwezi-77");
        body.put("first_name", "Bienvenu");
        body.put("last_name", "Kalala");
        body.put("phone", "0812345678");
        body.put("agency", agency.toString());

        // identity learns of the agency asynchronously: it refuses the agency (400) until then.
        Reply registered = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            registered = post(gateway + "/api/auth/register/", body);
            if (registered.status() != 400 || !registered.body().contains("agency")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String access = registered.json().path("access").asString();
        String refresh = registered.json().path("refresh").asString();
        assertThat(claims(access).has("client_id")).as("first token's claims").isFalse();

        // Refresh tokens rotate: always spend the newest one.
        String clientId = null;
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (clientId == null && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            Reply refreshed = post(gateway + "/api/auth/refresh/", Map.of("refresh", refresh));
            assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
            access = refreshed.json().path("access").asString();
            refresh = refreshed.json().path("refresh").asString();
            JsonNode claim = claims(access).path("client_id");
            if (claim.isString() && !claim.asString().isBlank()) {
                clientId = claim.asString();
            }
        }
        assertThat(clientId).as("client_id claim after 60 s of refreshes").isNotNull();

        Reply mine = get(gateway + "/api/crm/clients/me/", access);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        JsonNode client = mine.json();
        assertThat(client.path("id").asString()).isEqualTo(clientId);
        assertThat(client.path("email").asString()).isEqualTo(email);
        assertThat(client.path("status").asString()).isEqualTo("prospect");
        assertThat(client.path("phone").asString()).isEqualTo("+243812345678");
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

    private static Reply post(String url, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return send(request);
    }

    private static Reply get(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET().build();
        return send(request);
    }

    private static Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(request.method() + " " + request.uri(), response.statusCode(), response.body());
    }

    private record Reply(String call, int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return call + " -> " + status + " " + body;
        }
    }
}
