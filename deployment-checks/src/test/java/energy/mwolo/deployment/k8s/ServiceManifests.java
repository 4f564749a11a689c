package energy.mwolo.deployment.k8s;

import static energy.mwolo.deployment.k8s.Yaml.map;
import static energy.mwolo.deployment.k8s.Yaml.object;

import energy.mwolo.contracts.services.DatabaseKind;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A service's own objects: its settings (ConfigMap), Deployment, Service, PodDisruptionBudget, NetworkPolicy, and
 * where it applies a HorizontalPodAutoscaler and a volume for its files. Production-shaped: two replicas or more;
 * the dev overlay scales down.
 */
final class ServiceManifests {

    static final String PLATFORM_CONFIG = "mwolo-platform";
    static final String KAFKA_CA_SECRET = DataManifests.KAFKA + "-cluster-ca-cert";
    static final String KAFKA_CA_DIR = "/etc/mwolo/kafka-ca";
    /** The services that scale with load: the entry point, payments' webhooks, meter ingestion. */
    static final Map<String, Integer> AUTOSCALED = Map.of("gateway", 6, "billing", 4, "operations", 6);
    static final int REPLICAS = 2;
    /** Where Prometheus runs (PodMonitor scrapes) and where the ingress controller runs. */
    static final String MONITORING_NAMESPACE = "monitoring";
    static final String INGRESS_NAMESPACE = "ingress-nginx";

    private ServiceManifests() {
    }

    static String image(PlatformService service) {
        return "mwolo/" + service.module() + ":" + Manifests.version();
    }

    static Map<String, Object> labels(PlatformService service) {
        return map("app.kubernetes.io/name", service.module(), "app.kubernetes.io/part-of", "mwolo",
                "app.kubernetes.io/component", service == ServiceCatalogue.GATEWAY ? "gateway" : "service");
    }

    static List<Map<String, Object>> of(ServiceFacts facts, List<ServiceFacts> all) {
        PlatformService service = facts.service();
        List<Map<String, Object>> objects = new ArrayList<>();
        objects.add(object("v1", "ConfigMap", metadata(service), "data", settings(facts)));
        objects.add(deployment(facts));
        objects.add(object("v1", "Service", metadata(service), "spec", map(
                "selector", map("app.kubernetes.io/name", service.module()),
                "ports", List.of(
                        map("name", "http", "port", service.port(), "targetPort", "http"),
                        map("name", "management", "port", service.managementPort(), "targetPort", "management")))));
        objects.add(object("policy/v1", "PodDisruptionBudget", metadata(service), "spec", map(
                "maxUnavailable", 1, "selector", selector(service))));
        objects.add(networkPolicy(facts, all));
        if (AUTOSCALED.containsKey(service.name())) {
            objects.add(object("autoscaling/v2", "HorizontalPodAutoscaler", metadata(service), "spec", map(
                    "scaleTargetRef", map("apiVersion", "apps/v1", "kind", "Deployment", "name", service.module()),
                    "minReplicas", REPLICAS, "maxReplicas", AUTOSCALED.get(service.name()),
                    "metrics", List.of(map("type", "Resource", "resource", map("name", "cpu",
                            "target", map("type", "Utilization", "averageUtilization", 70)))))));
        }
        if (facts.storesFiles()) {
            objects.add(object("v1", "PersistentVolumeClaim", map("name", service.module() + "-files",
                    "labels", labels(service)), "spec", map(
                    "accessModes", List.of("ReadWriteMany"),
                    "resources", map("requests", map("storage", "20Gi")))));
        }
        return objects;
    }

    /** The settings every service shares, patched per environment by the overlays. */
    static Map<String, Object> platformConfig() {
        PlatformService identity = ServiceCatalogue.IDENTITY;
        Map<String, Object> data = new TreeMap<>();
        data.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", DataManifests.KAFKA + "-kafka-bootstrap:" + DataManifests.KAFKA_PORT);
        data.put("MWOLO_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        data.put("SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:" + KAFKA_CA_DIR + "/ca.p12");
        data.put("SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PKCS12");
        data.put("MWOLO_OUTBOX_RELAY_ENABLED", "false");
        // The slot exists before the service takes a request, not only once its connector first starts.
        data.put("MWOLO_OUTBOX_RELAY_PREPARE_SLOT", "true");
        data.put("MWOLO_IDENTITY_ISSUER", "https://api.mwolo.example");
        data.put("MWOLO_IDENTITY_JWKS_URI", "http://" + identity.module() + ":" + identity.port()
                + "/.well-known/jwks.json");
        data.put("MWOLO_WEBSITE_URL", "https://www.mwolo.example");
        data.put("SPRING_MAIL_HOST", "smtp.mwolo.example");
        data.put("SPRING_MAIL_PORT", "587");
        data.put("MWOLO_MAIL_SMTP_AUTH", "true");
        data.put("MWOLO_MAIL_STARTTLS", "true");
        data.put("MWOLO_TRACING_SAMPLING", "0.1");
        data.put("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError");
        return object("v1", "ConfigMap", map("name", PLATFORM_CONFIG, "labels", map("app.kubernetes.io/part-of",
                "mwolo")), "data", data);
    }

    private static Map<String, Object> settings(ServiceFacts facts) {
        PlatformService service = facts.service();
        Map<String, Object> data = new TreeMap<>();
        if (service.database() != DatabaseKind.NONE) {
            data.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://" + DataManifests.POSTGRES + "-rw:5432/"
                    + facts.database());
            data.put("SPRING_DATASOURCE_USERNAME", facts.runtimeRole());
        }
        if (service.database() == DatabaseKind.APPEND_ONLY) {
            data.put("SPRING_FLYWAY_USER", facts.database());
        }
        facts.kafkaUser().ifPresent(user -> data.put("MWOLO_KAFKA_USERNAME", user));
        if (facts.storesFiles()) {
            data.put("MWOLO_STORAGE_FILESYSTEM_ROOT", ServiceFacts.FILES);
        }
        facts.peers().forEach((variable, peer) -> {
            if (!variable.equals("MWOLO_IDENTITY_JWKS_URI")) {
                data.put(variable, "http://" + peer.module() + ":" + peer.port());
            }
        });
        return data;
    }

    private static Map<String, Object> deployment(ServiceFacts facts) {
        PlatformService service = facts.service();
        List<Object> env = new ArrayList<>();
        List<Object> mounts = new ArrayList<>(List.of(map("name", "tmp", "mountPath", "/tmp")));
        List<Object> volumes = new ArrayList<>(List.of(map("name", "tmp", "emptyDir", map("sizeLimit", "1Gi"))));
        if (service.database() != DatabaseKind.NONE) {
            env.add(secret("SPRING_DATASOURCE_PASSWORD", ServiceFacts.passwordSecret(facts.runtimeRole()), "password"));
        }
        if (service.database() == DatabaseKind.APPEND_ONLY) {
            env.add(secret("SPRING_FLYWAY_PASSWORD", ServiceFacts.passwordSecret(facts.database()), "password"));
        }
        facts.kafkaUser().ifPresent(user -> {
            env.add(secret("MWOLO_KAFKA_PASSWORD", user, "password"));
            env.add(secret("SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD", KAFKA_CA_SECRET, "ca.password"));
            mounts.add(map("name", "kafka-ca", "mountPath", KAFKA_CA_DIR, "readOnly", true));
            volumes.add(map("name", "kafka-ca", "secret", map("secretName", KAFKA_CA_SECRET,
                    "items", List.of(map("key", "ca.p12", "path", "ca.p12")))));
        });
        if (facts.storesFiles()) {
            mounts.add(map("name", "files", "mountPath", ServiceFacts.FILES));
            volumes.add(map("name", "files", "persistentVolumeClaim", map("claimName", service.module() + "-files")));
        }
        Map<String, Object> container = map(
                "name", service.module(),
                "image", image(service),
                "ports", List.of(
                        map("name", "http", "containerPort", service.port()),
                        map("name", "management", "containerPort", service.managementPort())),
                "envFrom", List.of(
                        map("configMapRef", map("name", PLATFORM_CONFIG)),
                        map("configMapRef", map("name", service.module())),
                        map("secretRef", map("name", service.module() + "-secrets", "optional", true))),
                "env", env.isEmpty() ? null : env,
                "resources", map("requests", map("cpu", "250m", "memory", "768Mi"), "limits", map("memory", "1Gi")),
                "startupProbe", probe("/actuator/health/liveness", 5, 60),
                "livenessProbe", probe("/actuator/health/liveness", 10, 3),
                "readinessProbe", probe(PlatformService.READINESS, 5, 3),
                "securityContext", map("allowPrivilegeEscalation", false, "readOnlyRootFilesystem", true,
                        "capabilities", map("drop", List.of("ALL"))),
                "volumeMounts", mounts);
        Map<String, Object> pod = map(
                "automountServiceAccountToken", false,
                "securityContext", map("runAsNonRoot", true, "runAsUser", 10001, "runAsGroup", 10001,
                        "fsGroup", 10001, "seccompProfile", map("type", "RuntimeDefault")),
                "terminationGracePeriodSeconds", 45,
                "topologySpreadConstraints", List.of(map("maxSkew", 1, "topologyKey", "kubernetes.io/hostname",
                        "whenUnsatisfiable", "ScheduleAnyway", "labelSelector", selector(service))),
                "containers", List.of(container),
                "volumes", volumes);
        return object("apps/v1", "Deployment", metadata(service), "spec", map(
                "replicas", REPLICAS,
                "revisionHistoryLimit", 5,
                "selector", selector(service),
                "strategy", map("type", "RollingUpdate", "rollingUpdate", map("maxSurge", 1, "maxUnavailable", 0)),
                "template", map("metadata", map("labels", labels(service)), "spec", pod)));
    }

    /**
     * Ingress from the gateway (or, for the gateway, the ingress controller) and from the services that call it on
     * its HTTP port, from Prometheus on its management port; egress to its database, Kafka, the services it calls,
     * and where it applies the mail relay and the providers outside the cluster. DNS is allowed to every platform
     * pod by {@code network/default-deny.yaml}.
     */
    private static Map<String, Object> networkPolicy(ServiceFacts facts, List<ServiceFacts> all) {
        PlatformService service = facts.service();
        List<Object> callers = new ArrayList<>();
        if (service == ServiceCatalogue.GATEWAY) {
            callers.add(namespace(INGRESS_NAMESPACE));
        }
        all.stream().filter(other -> other.peers().containsValue(service))
                .forEach(other -> callers.add(pods(other.service())));
        List<Object> ingress = new ArrayList<>();
        if (!callers.isEmpty()) {
            ingress.add(map("from", callers, "ports", List.of(tcp(service.port()))));
        }
        ingress.add(map("from", List.of(namespace(MONITORING_NAMESPACE)),
                "ports", List.of(tcp(service.managementPort()))));
        List<Object> egress = new ArrayList<>();
        if (service.database() != DatabaseKind.NONE) {
            egress.add(map("to", List.of(map("podSelector", map("matchLabels", map("cnpg.io/cluster",
                    DataManifests.POSTGRES)))), "ports", List.of(tcp(5432))));
        }
        if (facts.kafkaUser().isPresent()) {
            egress.add(map("to", List.of(map("podSelector", map("matchLabels", map("strimzi.io/cluster",
                    DataManifests.KAFKA, "strimzi.io/kind", "Kafka")))),
                    "ports", List.of(tcp(DataManifests.KAFKA_PORT))));
        }
        Set.copyOf(facts.peers().values()).stream().sorted(Comparator.comparing(PlatformService::name))
                .forEach(peer -> egress.add(map("to", List.of(pods(peer)), "ports", List.of(tcp(peer.port())))));
        if (facts.sendsMail()) {
            egress.add(map("to", List.of(outside()), "ports", List.of(tcp(25), tcp(465), tcp(587))));
        }
        if (facts.callsOut()) {
            egress.add(map("to", List.of(outside()), "ports", List.of(tcp(443))));
        }
        return object("networking.k8s.io/v1", "NetworkPolicy", metadata(service), "spec", map(
                "podSelector", selector(service),
                "policyTypes", List.of("Ingress", "Egress"),
                "ingress", ingress,
                "egress", egress));
    }

    private static Map<String, Object> metadata(PlatformService service) {
        return map("name", service.module(), "labels", labels(service));
    }

    private static Map<String, Object> selector(PlatformService service) {
        return map("matchLabels", map("app.kubernetes.io/name", service.module()));
    }

    private static Map<String, Object> pods(PlatformService service) {
        return map("podSelector", selector(service));
    }

    private static Map<String, Object> namespace(String name) {
        return map("namespaceSelector", map("matchLabels", map("kubernetes.io/metadata.name", name)));
    }

    /** Any address outside the cluster's private ranges. */
    private static Map<String, Object> outside() {
        return map("ipBlock", map("cidr", "0.0.0.0/0", "except", List.of("10.0.0.0/8", "172.16.0.0/12",
                "192.168.0.0/16")));
    }

    private static Map<String, Object> tcp(int port) {
        return map("protocol", "TCP", "port", port);
    }

    private static Map<String, Object> secret(String variable, String secret, String key) {
        return map("name", variable, "valueFrom", map("secretKeyRef", map("name", secret, "key", key)));
    }

    private static Map<String, Object> probe(String path, int period, int failures) {
        return map("httpGet", map("path", path, "port", "management"), "periodSeconds", period,
                "timeoutSeconds", 3, "failureThreshold", failures);
    }
}
