package energy.mwolo.deployment.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.services.DatabaseKind;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.deployment.observability.Repository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What each overlay deploys matches the code: every service with its objects, ports and probes as its settings
 * say, every setting it requires given, every topic declared, every Kafka user allowed exactly what shared-contracts
 * allows, every outbox relayed, and production sized for it.
 */
class OverlayConsistencyTest {

    private static final Pattern SERVER_PORT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");

    @BeforeAll
    static void kubectlIsThere() {
        RenderedOverlays.assumeKubectl();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasItsObjects(String overlay) {
        assertThat(ServiceCatalogue.all()).allSatisfy(service -> {
            for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy", "ConfigMap",
                    "PodMonitor")) {
                assertThat(RenderedOverlays.find(overlay, kind, service.module())).as(kind + " " + service.module())
                        .isPresent();
            }
            assertThat(KafkaUsers.find(service).map(access -> RenderedOverlays.find(overlay, "KafkaUser",
                    access.user()).isPresent()).orElse(true)).as("KafkaUser of " + service.name()).isTrue();
            if (service.database() != DatabaseKind.NONE) {
                JsonNode database = RenderedOverlays.find(overlay, "Database", "mwolo-" + service.name())
                        .orElseThrow(() -> new AssertionError("Database of " + service.name()));
                assertThat(database.path("spec").path("name").asString()).isEqualTo("mwolo_" + service.name());
                assertThat(database.path("spec").path("owner").asString()).isEqualTo("mwolo_" + service.name());
            }
        });
        assertThat(RenderedOverlays.ofKind(overlay, "Deployment")).extracting(this::name)
                .containsExactlyInAnyOrderElementsOf(ServiceCatalogue.all().stream().map(PlatformService::module)
                        .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void portsProbesAndImagesAreTheServicesOwn(String overlay) {
        assertThat(ServiceCatalogue.all()).allSatisfy(service -> {
            JsonNode pod = deployment(overlay, service).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertThat(port(container, "http")).as(service.module()).isEqualTo(service.port())
                    .isEqualTo(configuredPort(service));
            assertThat(port(container, "management")).as(service.module()).isEqualTo(service.managementPort());
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asString())
                    .isEqualTo(PlatformService.READINESS);
            for (String probe : List.of("livenessProbe", "startupProbe")) {
                assertThat(container.path(probe).path("httpGet").path("path").asString()).as(probe)
                        .isEqualTo("/actuator/health/liveness");
            }
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asString()).as(probe)
                        .isEqualTo("management");
            }
            assertThat(container.path("image").asString()).isEqualTo("mwolo/" + service.module() + ":"
                    + Manifests.version());
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
            JsonNode kubernetesService = RenderedOverlays.find(overlay, "Service", service.module()).orElseThrow();
            assertThat(kubernetesService.path("spec").path("ports").valueStream()
                    .map(port -> port.path("port").asInt()).toList())
                    .containsExactly(service.port(), service.managementPort());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySettingAServiceRequiresIsGivenAndTheRelayIsLeftToKafkaConnect(String overlay) {
        assertThat(ServiceFacts.all()).allSatisfy(facts -> {
            Map<String, String> environment = environment(overlay, facts.service());
            String settings = Repository.read(facts.service().module() + "/src/main/resources/application.yml");
            Set<String> required = new TreeSet<>();
            Matcher variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(settings);
            while (variable.find()) {
                required.add(variable.group(1));
            }
            assertThat(environment.keySet()).as(facts.service().module()).containsAll(required);
            if (facts.hasOutbox()) {
                assertThat(environment).containsEntry("MWOLO_OUTBOX_RELAY_ENABLED", "false")
                        .containsEntry("MWOLO_OUTBOX_RELAY_PREPARE_SLOT", "true");
                assertThat(RenderedOverlays.find(overlay, "KafkaConnector", facts.service().module() + "-outbox"))
                        .as("connector of " + facts.service().module()).isPresent();
            }
            if (facts.service().database() != DatabaseKind.NONE) {
                assertThat(environment.get("SPRING_DATASOURCE_URL")).endsWith("/mwolo_" + facts.service().name());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContractTopicIsDeclaredAndNoOther(String overlay) {
        Set<String> declared = new TreeSet<>();
        RenderedOverlays.ofKind(overlay, "KafkaTopic")
                .forEach(topic -> declared.add(topic.path("spec").path("topicName").asString()));

        Set<String> expected = new TreeSet<>(DataManifests.topics());
        assertThat(declared).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyKafkaUserMayDoExactlyWhatSharedContractsAllows(String overlay) {
        Set<String> probes = new TreeSet<>(DataManifests.topics());
        probes.addAll(List.of("elsewhere.thing.events", "mwolo-connect-offsets", "audit.checkpoint.events"));
        List<KafkaAccess> rows = new ArrayList<>(KafkaUsers.all());
        rows.add(KafkaUsers.connect());
        assertThat(rows).allSatisfy(access -> {
            JsonNode user = RenderedOverlays.find(overlay, "KafkaUser", access.user())
                    .orElseThrow(() -> new AssertionError("KafkaUser " + access.user()));
            Acls acls = new Acls(user.path("spec").path("authorization").path("acls"));
            for (String topic : probes) {
                assertThat(acls.allows("topic", topic, "Write")).as(access.user() + " writes " + topic)
                        .isEqualTo(access.mayWrite(topic));
                assertThat(acls.allows("topic", topic, "Read")).as(access.user() + " reads " + topic)
                        .isEqualTo(access.mayRead(topic));
            }
            for (PlatformService service : ServiceCatalogue.all()) {
                assertThat(acls.allows("group", service.module(), "Read")).as(access.user() + " joins "
                        + service.module()).isEqualTo(access.mayJoin(service.module()));
            }
        });
        Set<String> users = new HashSet<>();
        RenderedOverlays.ofKind(overlay, "KafkaUser").forEach(user -> users.add(name(user)));
        assertThat(users).hasSize(rows.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEventTopicIsRelayedByTheConnectorOfTheServiceThatOwnsIt(String overlay) {
        Map<String, String> routes = new HashMap<>();
        RenderedOverlays.ofKind(overlay, "KafkaConnector").forEach(connector -> routes.put(
                connector.path("spec").path("config").path("transforms.outbox.route.topic.replacement").asString(),
                name(connector)));
        JsonNode connect = RenderedOverlays.ofKind(overlay, "KafkaConnect").get(0);
        KafkaAccess connectUser = KafkaUsers.connect();

        for (EventContract<?> contract : Contracts.all()) {
            String owner = contract.topic().substring(0, contract.topic().indexOf('.'));
            assertThat(routes).as(contract.topic()).containsKey(owner + ".${routedByValue}.events");
            assertThat(connectUser.mayWrite(contract.topic())).as(contract.topic()).isTrue();
        }
        assertThat(connect.path("spec").path("authentication").path("username").asString())
                .isEqualTo(DataManifests.CONNECT_USER);
        // Connect's ACLs name the services that own event contracts; its connectors, those with an outbox.
        assertThat(ServiceFacts.all().stream().filter(ServiceFacts::hasOutbox)
                .map(facts -> facts.service().name() + "."))
                .allSatisfy(prefix -> assertThat(connectUser.mayWrite(prefix + "any.events")).as(prefix).isTrue());
        assertThat(routes).hasSize((int) ServiceFacts.all().stream().filter(ServiceFacts::hasOutbox).count());
    }

    @Test
    void productionRunsEverythingReplicated() {
        String prod = "prod";
        assertThat(RenderedOverlays.ofKind(prod, "Deployment"))
                .allSatisfy(deployment -> assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2));
        assertThat(RenderedOverlays.ofKind(prod, "HorizontalPodAutoscaler")).extracting(this::name)
                .containsExactlyInAnyOrder("gateway", "billing-service", "operations-service");
        assertThat(RenderedOverlays.find(prod, "KafkaNodePool", "dual-role").orElseThrow().path("spec")
                .path("replicas").asInt()).isEqualTo(3);
        assertThat(RenderedOverlays.find(prod, "Cluster", DataManifests.POSTGRES).orElseThrow().path("spec")
                .path("instances").asInt()).isEqualTo(3);
        assertThat(RenderedOverlays.ofKind(prod, "KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asString()).isEqualTo("2");
        });
        assertThat(RenderedOverlays.ofKind(prod, "ScheduledBackup")).hasSize(1);
        assertThat(RenderedOverlays.objects(prod)).filteredOn(object -> !object.path("kind").asString()
                .equals("Namespace")).allSatisfy(object -> assertThat(object.path("metadata").path("namespace")
                .asString()).as(name(object)).isEqualTo("mwolo"));
    }

    @Test
    void devRunsOneOfEverything() {
        String dev = "dev";
        assertThat(RenderedOverlays.ofKind(dev, "Deployment"))
                .allSatisfy(deployment -> assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(RenderedOverlays.ofKind(dev, "KafkaTopic"))
                .allSatisfy(topic -> assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(RenderedOverlays.find(dev, "Kafka", DataManifests.KAFKA).orElseThrow().path("spec").path("kafka")
                .path("config").path("min.insync.replicas").asInt()).isEqualTo(1);
        assertThat(RenderedOverlays.ofKind(dev, "ScheduledBackup")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesLetEachServiceReachWhatItCallsAndNothingElseIn(String overlay) {
        assertThat(ServiceFacts.all()).allSatisfy(facts -> {
            JsonNode policy = RenderedOverlays.find(overlay, "NetworkPolicy", facts.service().module()).orElseThrow();
            Set<String> egressPods = new TreeSet<>();
            policy.path("spec").path("egress").forEach(rule -> rule.path("to").forEach(peer -> egressPods.add(
                    peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asString(""))));
            egressPods.remove("");
            assertThat(egressPods).as(facts.service().module()).isEqualTo(new TreeSet<>(
                    facts.peers().values().stream().map(PlatformService::module).toList()));
            if (facts.service().isRouted()) {
                assertThat(policy.path("spec").path("ingress").get(0).path("from").valueStream()
                        .map(peer -> peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name")
                                .asString(""))).contains("gateway");
            }
        });
        JsonNode defaultDeny = RenderedOverlays.find(overlay, "NetworkPolicy", "mwolo-default-deny").orElseThrow();
        assertThat(defaultDeny.path("spec").path("policyTypes").valueStream().map(JsonNode::asString))
                .containsExactly("Ingress", "Egress");
    }

    private JsonNode deployment(String overlay, PlatformService service) {
        return RenderedOverlays.find(overlay, "Deployment", service.module()).orElseThrow();
    }

    private String name(JsonNode object) {
        return object.path("metadata").path("name").asString();
    }

    private static int port(JsonNode container, String name) {
        return container.path("ports").valueStream().filter(port -> port.path("name").asString().equals(name))
                .mapToInt(port -> port.path("containerPort").asInt()).findFirst().orElse(-1);
    }

    private static int configuredPort(PlatformService service) {
        Matcher port = SERVER_PORT.matcher(Repository.read(service.module() + "/src/main/resources/application.yml"));
        assertThat(port.find()).as(service.module() + " names its port").isTrue();
        return Integer.parseInt(port.group(1));
    }

    /** The variables the container gets: its ConfigMaps' keys and its own env entries. */
    private static Map<String, String> environment(String overlay, PlatformService service) {
        JsonNode container = RenderedOverlays.find(overlay, "Deployment", service.module()).orElseThrow()
                .path("spec").path("template").path("spec").path("containers").get(0);
        Map<String, String> environment = new HashMap<>();
        container.path("envFrom").forEach(source -> {
            String configMap = source.path("configMapRef").path("name").asString("");
            if (!configMap.isEmpty()) {
                RenderedOverlays.find(overlay, "ConfigMap", configMap)
                        .orElseThrow(() -> new AssertionError("ConfigMap " + configMap))
                        .path("data").properties().forEach(entry -> environment.put(entry.getKey(),
                                entry.getValue().asString()));
            }
        });
        container.path("env").forEach(entry -> environment.put(entry.path("name").asString(),
                entry.path("value").asString("(from " + entry.path("valueFrom") + ")")));
        return environment;
    }

    /** A KafkaUser's ACLs, read as the broker would: literal or prefixed names, listed operations allowed. */
    private record Acls(JsonNode acls) {

        boolean allows(String type, String name, String operation) {
            return acls.valueStream().anyMatch(acl -> {
                JsonNode resource = acl.path("resource");
                String pattern = resource.path("name").asString();
                boolean matches = resource.path("patternType").asString("literal").equals("prefix")
                        ? name.startsWith(pattern) : pattern.equals("*") || pattern.equals(name);
                return resource.path("type").asString().equals(type) && matches
                        && acl.path("operations").valueStream().anyMatch(op -> op.asString().equals(operation));
            });
        }
    }
}
