package energy.mwolo.deployment.k8s;

import static energy.mwolo.deployment.k8s.Yaml.map;

import energy.mwolo.deployment.observability.Repository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifests of {@code k8s/base} that follow from the code: one file per service, Kafka's topics, users and outbox
 * connectors, PostgreSQL's roles, databases and publications. They are committed, so that operators read and review
 * plain YAML; {@link GeneratedManifestsTest} fails when one differs from what the code now implies, and rewrites them
 * when run with {@code -Dmwolo.k8s.write=true}.
 */
public final class Manifests {

    static final String BASE = "k8s/base/";
    private static final String GENERATED = """
            Generated from the code by deployment-checks (energy.mwolo.deployment.k8s.Manifests): not edited by hand.
            Regenerate (k8s/README.md): ./mvnw -pl deployment-checks -am test -Dtest=GeneratedManifestsTest \
            -Dsurefire.failIfNoSpecifiedTests=false -Dmwolo.k8s.write=true
            """;
    private static final Pattern VERSION = Pattern.compile("<artifactId>mwolo-platform</artifactId>\\s*"
            + "<version>([^<]+)</version>");

    private Manifests() {
    }

    /** The project's version, which tags its images. */
    public static String version() {
        Matcher version = VERSION.matcher(Repository.read("pom.xml"));
        if (!version.find()) {
            throw new IllegalStateException("No version in pom.xml");
        }
        return version.group(1);
    }

    /** Each generated file's path under the repository and its content. */
    static Map<String, String> files() {
        List<ServiceFacts> services = ServiceFacts.all();
        Map<String, String> files = new LinkedHashMap<>();
        List<String> serviceFiles = new ArrayList<>();
        files.put(BASE + "services/platform-config.yaml", Yaml.file(GENERATED + """

                The settings every service shares; the overlays patch the public addresses and the mail relay.""",
                List.of(ServiceManifests.platformConfig())));
        serviceFiles.add("platform-config.yaml");
        for (ServiceFacts facts : services) {
            String file = facts.service().module() + ".yaml";
            serviceFiles.add(file);
            files.put(BASE + "services/" + file, Yaml.file(GENERATED + "\n" + description(facts),
                    ServiceManifests.of(facts, services)));
        }
        files.put(BASE + "services/kustomization.yaml", Yaml.file(GENERATED,
                List.of(kustomization(serviceFiles))));
        files.put(BASE + "kafka/topics.yaml", Yaml.file(GENERATED + """

                Every topic of shared-contracts and its dead letters (<topic>.dlt).""", DataManifests.kafkaTopics()));
        files.put(BASE + "kafka/users.yaml", Yaml.file(GENERATED + """

                A user per service with the ACLs of shared-contracts' KafkaUsers (as the devstack grants them), the
                meters' head-ends, and Kafka Connect's user for the outbox connectors.""",
                DataManifests.kafkaUsers(services)));
        List<Map<String, Object>> relay = new ArrayList<>(List.of(DataManifests.kafkaConnect(services)));
        services.stream().filter(ServiceFacts::hasOutbox).forEach(facts -> relay.add(DataManifests.connector(facts)));
        files.put(BASE + "kafka/outbox-relay.yaml", Yaml.file(GENERATED + """

                Kafka Connect and one Debezium connector per outbox, configured with the keys the services' embedded
                relay uses (platform's OutboxRelaySettings): same routing, topics and CloudEvents headers. The
                services run with MWOLO_OUTBOX_RELAY_ENABLED=false, so exactly one relay reads each slot.""", relay));
        files.put(BASE + "postgres/cluster.yaml", Yaml.file(GENERATED + """

                One CloudNativePG cluster; each service's role (its password in the Secret of the same name, with
                dashes), and audit's append-only runtime role. The outboxes' roles may replicate: the connectors read
                their slots as them.""", List.of(DataManifests.postgresCluster(services))));
        files.put(BASE + "postgres/databases.yaml", Yaml.file(GENERATED + """

                A database per service owned by its role, and the publication of each outbox (inserts only), which
                the connectors read without creating it.""", DataManifests.databases(services)));
        return files;
    }

    private static String description(ServiceFacts facts) {
        List<String> traits = new ArrayList<>();
        traits.add(facts.service().module() + ": settings, Deployment, Service, PodDisruptionBudget, NetworkPolicy");
        if (ServiceManifests.AUTOSCALED.containsKey(facts.service().name())) {
            traits.add("a HorizontalPodAutoscaler");
        }
        if (facts.storesFiles()) {
            traits.add("a volume for its files");
        }
        return String.join(", ", traits) + ".";
    }

    private static Map<String, Object> kustomization(List<String> resources) {
        return map("apiVersion", "kustomize.config.k8s.io/v1beta1", "kind", "Kustomization", "resources", resources);
    }
}
