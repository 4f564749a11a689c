package energy.mwolo.deployment.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.deployment.k8s.Manifests;
import energy.mwolo.deployment.k8s.ServiceFacts;
import energy.mwolo.deployment.observability.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What docker-compose.yml promises operators, read from the committed file: every service runs with its readiness as
 * its health check, only the gateway is published beyond this host, every variable it reads is in the example of
 * .env with no secret given, the files it mounts exist, and docker-compose itself accepts it.
 */
class ComposeFileTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?[-?])");
    private static final Pattern EXAMPLE_LINE = Pattern.compile("^#? ?([A-Z][A-Z0-9_]*)=(.*)$", Pattern.MULTILINE);
    private final JsonNode services = Repository.yaml(ComposeFile.COMPOSE).path("services");

    @Test
    void everyServiceOfTheCatalogueRunsItsOwnImageHealthyWhenItsReadinessIsUp() {
        for (PlatformService service : ServiceCatalogue.all()) {
            JsonNode container = services.path(service.module());
            assertThat(container.path("image").asString()).as(service.module())
                    .endsWith("/" + service.module() + ":${MWOLO_VERSION:-" + Manifests.version() + "}");
            assertThat(container.path("healthcheck").path("test").toString()).as(service.module())
                    .contains("http://127.0.0.1:" + service.managementPort() + PlatformService.READINESS);
            assertThat(container.path("read_only").asBoolean()).as(service.module() + " read-only").isTrue();
            assertThat(container.path("restart").asString()).isEqualTo("unless-stopped");
        }
        assertThat(services.path(ServiceCatalogue.GATEWAY.module()).path("depends_on").propertyNames())
                .containsAll(ServiceCatalogue.all().stream().filter(s -> s != ServiceCatalogue.GATEWAY)
                        .map(PlatformService::module).toList());
    }

    @Test
    void everyServiceAndTheGatewayTrustTheExternalIssuerDotEnvNamesAndNoneWhenItNamesNone() {
        for (PlatformService service : ServiceCatalogue.all()) {
            JsonNode env = services.path(service.module()).path("environment");
            for (String variable : ComposeFile.EXTERNAL_ISSUER) {
                assertThat(env.path(variable).asString()).as(service.module() + " " + variable)
                        .isEqualTo("${" + variable + ":-}");
            }
        }
    }

    @Test
    void kafkaConnectRelaysEveryOutboxInTheDebeziumProfileOnceTheirServicesHaveMadeTheirSlots() {
        JsonNode connect = services.path("kafka-connect");
        List<ServiceFacts> relayed = ServiceFacts.all().stream().filter(ServiceFacts::hasOutbox).toList();

        assertThat(connect.path("profiles").valueStream().map(JsonNode::asString)).containsExactly("debezium");
        assertThat(connect.path("image").asString()).endsWith("/kafka-connect:${MWOLO_VERSION:-" + Manifests.version()
                + "}");
        assertThat(connect.path("environment").path("MWOLO_CONNECT_OUTBOXES").asString().split(","))
                .containsExactlyElementsOf(relayed.stream().map(facts -> facts.service().name()).toList());
        assertThat(connect.path("environment").path("MWOLO_KAFKA_USERNAME").asString()).isEqualTo(KafkaUsers.CONNECT);
        for (ServiceFacts facts : relayed) {
            String module = facts.service().module();
            assertThat(connect.path("depends_on").path(module).path("condition").asString()).as(module)
                    .isEqualTo("service_healthy");
            assertThat(connect.path("environment").has(ComposeFile.ownerPassword(facts.service()))).as(module).isTrue();
            JsonNode env = services.path(module).path("environment");
            assertThat(env.path("MWOLO_OUTBOX_RELAY_ENABLED").asString()).as(module)
                    .isEqualTo("${MWOLO_OUTBOX_RELAY_ENABLED:-true}");
            assertThat(env.path("MWOLO_OUTBOX_RELAY_PREPARE_SLOT").asString()).as(module).isEqualTo("true");
        }
        assertThat(services.path("kafka-setup").path("environment").has("MWOLO_KAFKA_PASSWORD_CONNECT")).isTrue();
    }

    @Test
    void keycloakIsAnOptionalProfileOfTheVersionTheInteroperabilityTestRunsWithThePlatformsRealm() {
        JsonNode keycloak = services.path("keycloak");
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Repository.read("pom.xml"));
        assertThat(version.find()).isTrue();

        assertThat(keycloak.path("profiles").valueStream().map(JsonNode::asString)).containsExactly("keycloak");
        assertThat(keycloak.path("image").asString()).endsWith("quay.io/keycloak/keycloak:" + version.group(1) + "}");
        assertThat(keycloak.path("volumes").valueStream().map(JsonNode::asString))
                .contains(ComposeFile.KEYCLOAK_REALM + ":/opt/keycloak/data/import/mwolo-realm.json:ro");
        assertThat(keycloak.path("command").valueStream().map(JsonNode::asString)).contains("--import-realm");
        assertThat(keycloak.path("environment").path("KC_BOOTSTRAP_ADMIN_PASSWORD").asString())
                .startsWith("${KEYCLOAK_ADMIN_PASSWORD:?");
    }

    @Test
    void onlyTheGatewayIsPublishedBeyondThisHost() {
        List<String> published = new ArrayList<>();
        services.properties().forEach(entry -> entry.getValue().path("ports").forEach(port -> {
            if (!port.asString().startsWith("127.0.0.1:")) {
                published.add(entry.getKey() + " " + port.asString());
            }
        }));
        assertThat(published).containsExactly("gateway ${MWOLO_GATEWAY_PORT:-8080}:8080");
    }

    @Test
    void everyVariableComposeReadsIsInTheEnvExampleAndNoSecretIsGivenThere() {
        String compose = Repository.read(ComposeFile.COMPOSE);
        String example = Repository.read(ComposeFile.ENV_EXAMPLE);
        Set<String> inExample = new TreeSet<>();
        Set<String> secretsGiven = new TreeSet<>();
        Matcher line = EXAMPLE_LINE.matcher(example);
        while (line.find()) {
            inExample.add(line.group(1));
            if (line.group(1).matches(".*(PASSWORD|SECRET|_KEY(_.*)?$).*") && !line.group(2).isEmpty()) {
                secretsGiven.add(line.group(1));
            }
        }
        Set<String> read = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(compose);
        while (variable.find()) {
            read.add(variable.group(1));
            if (variable.group(2).endsWith("?")) {
                required.add(variable.group(1));
            }
        }

        assertThat(inExample).containsAll(read);
        assertThat(secretsGiven).isEmpty();
        assertThat(required).contains("POSTGRES_PASSWORD", "KAFKA_ADMIN_PASSWORD", "MWOLO_DB_PASSWORD_AUDIT_APP",
                "MWOLO_KAFKA_PASSWORD_BILLING");
    }

    @Test
    void everyFileItMountsIsInTheRepository() {
        List<String> missing = new ArrayList<>();
        services.properties().forEach(entry -> entry.getValue().path("volumes").forEach(volume -> {
            String source = volume.asString().split(":")[0];
            if (source.startsWith("./") && !Files.exists(Repository.path(source.substring(2)))) {
                missing.add(entry.getKey() + ": " + source);
            }
        }));
        assertThat(missing).isEmpty();
    }

    /** The same check as CI's smoke test runs first, with every secret of the example given a value. */
    @Test
    void dockerComposeAcceptsTheFileWithTheExampleEnvironment() throws IOException, InterruptedException {
        var dockerCompose = Repository.tool("DOCKER_COMPOSE", "docker-compose");
        assumeTrue(dockerCompose.isPresent(), "docker-compose is not installed");
        Path env = Files.createTempFile("mwolo-compose-", ".env");
        try {
            Files.writeString(env, Repository.read(ComposeFile.ENV_EXAMPLE).replaceAll("(?m)^([A-Z_]*PASSWORD[A-Z_]*)=$",
                    "$1=example-secret"));
            Process check = new ProcessBuilder(dockerCompose.get().toString(), "--project-directory",
                    Repository.path("").toString(), "--env-file", env.toString(), "-f",
                    Repository.path(ComposeFile.COMPOSE).toString(), "config", "-q")
                    .redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(check.exitValue()).as(output).isZero();
        } finally {
            Files.deleteIfExists(env);
        }
    }
}
