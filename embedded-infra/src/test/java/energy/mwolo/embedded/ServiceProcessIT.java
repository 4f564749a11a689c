package energy.mwolo.embedded;

import energy.mwolo.contracts.services.ServiceCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The launcher the devstack and the system tests share, over a stand-in jar ({@link FakeService}). */
class ServiceProcessIT {

    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildTheStandInJar() throws Exception {
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        // Class-Path entries are URLs relative to the jar; a directory needs its trailing slash.
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, dir.relativize(classes) + "/");
        jar = dir.resolve("fake-service.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }

    @Test
    void startsAServiceWithTheDevstackSettingsAndWaitsUntilItIsReady() throws Exception {
        Path state = dir.resolve("crm");
        SharedPostgres postgres = SharedPostgres.start();
        try (ServiceProcess crm = ServiceProcess.launch(ServiceCatalogue.CRM, jar)
                .port(Loopback.freePort()).host("127.0.0.1")
                .database(postgres)
                .kafka("127.0.0.1:19092")
                .stateDirectory(state)
                .peers(Map.of(ServiceCatalogue.IDENTITY, "http://127.0.0.1:18081",
                        ServiceCatalogue.GEO, "http://127.0.0.1:18082"))
                .smtp("127.0.0.1", 13025)
                .smsGateway("http://127.0.0.1:18026")
                .environment("MWOLO_GEO_URL", "http://geo.example")
                .arguments("--server.address=127.0.0.1")
                .start()) {
            crm.awaitReady(READY);

            Map<String, String> env = env(crm);
            assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "dev")
                    .containsEntry("SERVER_PORT", crm.baseUrl().substring(crm.baseUrl().lastIndexOf(':') + 1))
                    .containsEntry("SPRING_DATASOURCE_URL", postgres.jdbcUrl("mwolo_crm"))
                    .containsEntry("SPRING_DATASOURCE_USERNAME", "mwolo_crm")
                    .containsEntry("SPRING_FLYWAY_USER", "mwolo_crm")
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                    .containsEntry("MWOLO_OUTBOX_RELAY_OFFSET_DIR", state.resolve("offsets").toString())
                    .containsEntry("MWOLO_STORAGE_ROOT", state.resolve("files").toString())
                    .containsEntry("MWOLO_IDENTITY_URL", "http://127.0.0.1:18081")
                    .containsEntry("MWOLO_IDENTITY_ISSUER", "http://127.0.0.1:18081")
                    .containsEntry("MWOLO_IDENTITY_JWKS_URI", "http://127.0.0.1:18081/.well-known/jwks.json")
                    .containsEntry("MWOLO_GEO_URL", "http://geo.example")
                    .containsEntry("SPRING_MAIL_HOST", "127.0.0.1")
                    .containsEntry("SPRING_MAIL_PORT", "13025")
                    .containsEntry("MWOLO_SMS_BASE_URL", "http://127.0.0.1:18026")
                    .containsEntry("cwd", state.toString())
                    .containsEntry("args", "--server.address=127.0.0.1");
            assertThat(crm.log()).isEqualTo(state.resolve("crm-service.log"));
            assertThat(crm.tail(5)).contains("fake service starting with arguments --server.address=127.0.0.1");
        }
    }

    @Test
    void aServiceSignsInToKafkaAsItsOwnUserAndTheGatewayAsNobody() throws Exception {
        SharedKafka kafka = SharedKafka.start();
        try (ServiceProcess crm = ServiceProcess.launch(ServiceCatalogue.CRM, jar).port(Loopback.freePort())
                .kafka(kafka).stateDirectory(dir.resolve("crm-kafka")).start();
             ServiceProcess gateway = ServiceProcess.launch(ServiceCatalogue.GATEWAY, jar).port(Loopback.freePort())
                     .kafka(kafka).stateDirectory(dir.resolve("gateway-kafka")).start()) {
            crm.awaitReady(READY);
            gateway.awaitReady(READY);

            assertThat(env(crm)).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())
                    .containsEntry("MWOLO_KAFKA_USERNAME", "crm")
                    .containsEntry("MWOLO_KAFKA_PASSWORD", kafka.credentials(ServiceCatalogue.CRM).password());
            assertThat(env(gateway)).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())
                    .doesNotContainKeys("MWOLO_KAFKA_USERNAME", "MWOLO_KAFKA_PASSWORD");
        }
    }

    @Test
    void asksForReadinessOnTheManagementPortItGivesTheService() throws Exception {
        int management = Loopback.freePort();
        try (ServiceProcess geo = ServiceProcess.launch(ServiceCatalogue.GEO, jar).port(Loopback.freePort())
                .managementPort(management).host("127.0.0.1").stateDirectory(dir.resolve("geo-management")).start()) {
            geo.awaitReady(READY);

            assertThat(env(geo)).containsEntry("MANAGEMENT_SERVER_PORT", Integer.toString(management));
            assertThat(geo.managementUrl()).isEqualTo("http://127.0.0.1:" + management);
            assertThat(status(geo.baseUrl() + "/actuator/health/readiness")).as("the main port").isEqualTo(404);
        }
    }

    @Test
    void movesTheManagementPortOffTheCataloguesWhenTheHttpPortMoves() throws Exception {
        try (ServiceProcess geo = ServiceProcess.launch(ServiceCatalogue.GEO, jar).port(Loopback.freePort())
                .stateDirectory(dir.resolve("geo-free-management")).start()) {
            geo.awaitReady(READY);

            assertThat(env(geo).get("MANAGEMENT_SERVER_PORT"))
                    .isNotEqualTo(Integer.toString(ServiceCatalogue.GEO.managementPort()));
        }
    }

    @Test
    void anAppendOnlyServiceMigratesAsTheOwnerAndRunsAsTheRuntimeRole() throws Exception {
        try (ServiceProcess audit = ServiceProcess.launch(ServiceCatalogue.AUDIT, jar).port(Loopback.freePort())
                .database(SharedPostgres.start()).stateDirectory(dir.resolve("audit")).start()) {
            audit.awaitReady(READY);

            assertThat(env(audit)).containsEntry("SPRING_DATASOURCE_USERNAME", "mwolo_audit_app")
                    .containsEntry("SPRING_FLYWAY_USER", "mwolo_audit");
        }
    }

    @Test
    void aServiceWithoutADatabaseGetsNoDatasource() throws Exception {
        try (ServiceProcess gateway = ServiceProcess.launch(ServiceCatalogue.GATEWAY, jar).port(Loopback.freePort())
                .database(SharedPostgres.start()).profile(null).stateDirectory(dir.resolve("gateway")).start()) {
            gateway.awaitReady(READY);

            assertThat(env(gateway)).doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_FLYWAY_USER",
                    "SPRING_PROFILES_ACTIVE", "SPRING_MAIL_HOST", "MWOLO_SMS_BASE_URL");
        }
    }

    @Test
    void aServiceThatExitsBeforeItIsReadyFailsWithItsExitCodeAndLog() {
        try (ServiceProcess geo = ServiceProcess.launch(ServiceCatalogue.GEO, jar).port(Loopback.freePort())
                .stateDirectory(dir.resolve("geo-exits")).environment("FAKE_EXIT", "3").start()) {
            assertThatIllegalStateException().isThrownBy(() -> geo.awaitReady(READY))
                    .withMessageContaining("geo-service exited with code 3")
                    .withMessageContaining("fake service failing on purpose");
        }
    }

    @Test
    void aServiceNotReadyInTimeFailsWithItsLogAndStopsWhenClosed() {
        ServiceProcess geo = ServiceProcess.launch(ServiceCatalogue.GEO, jar).port(Loopback.freePort())
                .stateDirectory(dir.resolve("geo-slow")).environment("FAKE_READY_AFTER_MS", "600000").start();
        try {
            assertThatIllegalStateException().isThrownBy(() -> geo.awaitReady(Duration.ofSeconds(3)))
                    .withMessageContaining("geo-service not ready after 3 s")
                    .withMessageContaining("fake service starting");
            assertThat(geo.isAlive()).isTrue();
        } finally {
            geo.close();
        }
        assertThat(geo.isAlive()).isFalse();
    }

    @Test
    void stopAllStopsEveryService() {
        List<ServiceProcess> services = List.of(
                ServiceProcess.launch(ServiceCatalogue.HR, jar).port(Loopback.freePort()).start(),
                ServiceProcess.launch(ServiceCatalogue.CMS, jar).port(Loopback.freePort()).start());
        services.forEach(service -> service.awaitReady(READY));

        ServiceProcess.stopAll(services);

        assertThat(services).noneMatch(ServiceProcess::isAlive);
    }

    private static int status(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, String> env(ServiceProcess service) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(service.baseUrl() + "/env")).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> env = new LinkedHashMap<>();
        response.body().lines().map(line -> line.split("=", 2))
                .forEach(pair -> env.put(pair[0], pair.length > 1 ? pair[1] : ""));
        return env;
    }
}
