package energy.mwolo.deployment.compose;

import static energy.mwolo.deployment.k8s.Yaml.map;

import energy.mwolo.contracts.services.DatabaseKind;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.deployment.k8s.Manifests;
import energy.mwolo.embedded.KafkaProvisioning;
import energy.mwolo.embedded.PostgresProvisioning;
import energy.mwolo.deployment.k8s.ServiceFacts;
import energy.mwolo.deployment.k8s.Yaml;
import energy.mwolo.mobilemoney.simulator.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker-compose.yml} and {@code .env.example}, generated from the catalogue and each service's settings like
 * the Kubernetes manifests: a new service of the catalogue gets its database, its Kafka user, its container, its
 * volume and its secrets here without a line written for it. Committed, so that operators read plain YAML;
 * {@link GeneratedComposeTest} fails when a file differs from what the code now implies and rewrites both with
 * {@code -Dmwolo.compose.write=true}.
 *
 * <p>The stack: PostgreSQL 17 and Kafka (KRaft, SASL, ACLs), provisioned at every start by two one-shot containers
 * of the devstack's image (a database and roles per service, a Kafka user and ACLs per service, the contract topics);
 * every service with its embedded outbox relay; the gateway, the only published API port; Prometheus and Grafana with
 * the platform's alerts and dashboards; the profile {@code dev} adds the SMTP catcher and the mobile-money simulator,
 * the profile {@code debezium} Kafka Connect relaying every outbox instead of the services ({@code .env}'s
 * {@code MWOLO_OUTBOX_RELAY_ENABLED=false}), the profile {@code keycloak} a Keycloak with the platform's realm, which every service and the gateway trust as
 * their external issuer once {@code .env} names it ({@code MWOLO_SECURITY_EXTERNALISSUER_*}).
 */
public final class ComposeFile {

    static final String COMPOSE = "docker-compose.yml";
    static final String ENV_EXAMPLE = ".env.example";
    /** The images an operator pulls; each is overridable ({@code MWOLO_POSTGRES_IMAGE}...). */
    static final String POSTGRES_IMAGE = "postgres:17";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String PROMETHEUS_IMAGE = "prom/prometheus:v3.5.0";
    static final String GRAFANA_IMAGE = "grafana/grafana:12.1.1";
    static final String SMTP_CATCHER_IMAGE = "axllent/mailpit:v1.27";
    /** The Keycloak the gateway's interoperability test runs (the root pom's {@code keycloak.version}). */
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
    /** The external issuer every service and the gateway trust beside identity-service (platform's settings). */
    static final List<String> EXTERNAL_ISSUER = List.of("MWOLO_SECURITY_EXTERNALISSUER_ISSUER",
            "MWOLO_SECURITY_EXTERNALISSUER_JWKSETURI", "MWOLO_SECURITY_EXTERNALISSUER_AUDIENCE",
            "MWOLO_SECURITY_EXTERNALISSUER_ROLESCLAIM", "MWOLO_SECURITY_EXTERNALISSUER_PERMISSIONSCLAIM");
    static final String KEYCLOAK_REALM = "./deploy/keycloak/mwolo-realm.json";
    /** Kafka Connect's REST API (the worker's default), on the compose network only. */
    static final int CONNECT_REST_PORT = 8083;
    /** The Kafka listeners: the services' (SCRAM), the admin's (PLAIN, for provisioning), the controller's. */
    static final int KAFKA_CLIENTS = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int KAFKA_ADMIN = 9094;
    static final String DATA = "/var/lib/mwolo";
    static final int SIMULATOR_PORT = 8090;
    /** "mwolo-compose-01" in URL-safe base64: a KRaft cluster id. */
    static final String CLUSTER_ID = "bXdvbG8tY29tcG9zZS0wMQ";
    static final String KAFKA_HEAP = "-Xmx512m -Xms256m";
    static final String DEFAULT_JAVA_OPTIONS = "-Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";
    private static final String TOOLS_LOGGING = "-Dlogback.configurationFile=/app/classes/logback-console.xml";
    private static final String HEADER = """
            The whole platform on one host. Generated from the code by deployment-checks
            (energy.mwolo.deployment.compose.ComposeFile): not edited by hand. Regenerate:
            ./mvnw -pl deployment-checks -am test -Dtest=GeneratedComposeTest -Dsurefire.failIfNoSpecifiedTests=false \
            -Dmwolo.compose.write=true

            Before the first start: cp .env.example .env and give every secret a value (deploy/compose/new-env.sh does it
            with random ones), build the images (deploy/images/build.sh). Then: docker-compose up -d; with the SMTP
            catcher and the simulators: docker-compose --profile dev up -d; with Keycloak as a second issuer:
            docker-compose --profile keycloak up -d (and .env's MWOLO_SECURITY_EXTERNALISSUER_*); with Kafka Connect
            relaying the outboxes: docker-compose --profile debezium up -d (and .env's MWOLO_OUTBOX_RELAY_ENABLED=false).
            Operating it: docs/operations.md.
            """;

    private ComposeFile() {
    }

    /** Each generated file's path under the repository and its content. */
    static Map<String, String> files() {
        List<ServiceFacts> services = ServiceFacts.all();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(COMPOSE, Yaml.file(HEADER, List.of(compose(services))));
        files.put(ENV_EXAMPLE, envExample(services));
        return files;
    }

    static Map<String, Object> compose(List<ServiceFacts> services) {
        Map<String, Object> containers = new LinkedHashMap<>();
        containers.put("postgres", postgres());
        containers.put("postgres-setup", postgresSetup(services));
        containers.put("kafka", kafka());
        containers.put("kafka-setup", kafkaSetup());
        for (ServiceFacts facts : services) {
            containers.put(facts.service().module(), service(facts, services));
        }
        containers.put("prometheus", prometheus());
        containers.put("grafana", grafana());
        containers.put("smtp-catcher", smtpCatcher());
        containers.put("mobile-money-simulator", mobileMoneySimulator());
        containers.put("kafka-connect", kafkaConnect(services));
        containers.put("keycloak", keycloak());
        Map<String, Object> volumes = new LinkedHashMap<>();
        volumes.put("postgres-data", map());
        volumes.put("kafka-data", map());
        services.forEach(facts -> volumes.put(facts.service().module() + "-data", map()));
        volumes.put("prometheus-data", map());
        volumes.put("grafana-data", map());
        volumes.put("keycloak-data", map());
        return map("services", containers, "volumes", volumes);
    }

    /** The variable of a secret, required by compose with a message naming the file to set it in. */
    static String required(String variable) {
        return "${" + variable + ":?set " + variable + " in .env}";
    }

    static String ownImage(String module) {
        return "${MWOLO_IMAGE_REPOSITORY:-mwolo}/" + module + ":${MWOLO_VERSION:-" + Manifests.version() + "}";
    }

    private static Map<String, Object> postgres() {
        return map(
                "image", "${MWOLO_POSTGRES_IMAGE:-" + POSTGRES_IMAGE + "}",
                "command", List.of("postgres", "-c", "wal_level=logical", "-c", "max_replication_slots=20",
                        "-c", "max_wal_senders=20", "-c", "max_connections=300"),
                "environment", map("POSTGRES_PASSWORD", required("POSTGRES_PASSWORD")),
                "volumes", List.of("postgres-data:/var/lib/postgresql/data"),
                "healthcheck", health(List.of("CMD", "pg_isready", "-h", "127.0.0.1", "-U", "postgres"), "30s"),
                "shm_size", "256m",
                "stop_grace_period", "60s",
                "restart", "unless-stopped");
    }

    private static Map<String, Object> postgresSetup(List<ServiceFacts> services) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("MWOLO_POSTGRES_URL", "jdbc:postgresql://postgres:5432/postgres");
        env.put("MWOLO_POSTGRES_PASSWORD", required("POSTGRES_PASSWORD"));
        for (ServiceFacts facts : services) {
            if (facts.service().database() != DatabaseKind.NONE) {
                env.put(ownerPassword(facts.service()), required(ownerPassword(facts.service())));
            }
            if (facts.service().database() == DatabaseKind.APPEND_ONLY) {
                env.put(runtimePassword(facts.service()), required(runtimePassword(facts.service())));
            }
        }
        env.put("JAVA_TOOL_OPTIONS", TOOLS_LOGGING);
        return oneShot("energy.mwolo.embedded.PostgresProvisioning", env, "postgres");
    }

    private static Map<String, Object> kafka() {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("CLUSTER_ID", "${KAFKA_CLUSTER_ID:-" + CLUSTER_ID + "}");
        env.put("KAFKA_NODE_ID", "1");
        env.put("KAFKA_PROCESS_ROLES", "broker,controller");
        env.put("KAFKA_LISTENERS", "CLIENTS://:" + KAFKA_CLIENTS + ",CONTROLLER://:" + KAFKA_CONTROLLER
                + ",ADMIN://:" + KAFKA_ADMIN);
        env.put("KAFKA_ADVERTISED_LISTENERS", "CLIENTS://kafka:" + KAFKA_CLIENTS + ",ADMIN://kafka:" + KAFKA_ADMIN);
        env.put("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                "CLIENTS:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,ADMIN:SASL_PLAINTEXT");
        env.put("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER");
        env.put("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:" + KAFKA_CONTROLLER);
        env.put("KAFKA_INTER_BROKER_LISTENER_NAME", "ADMIN");
        env.put("KAFKA_SASL_ENABLED_MECHANISMS", "PLAIN,SCRAM-SHA-512");
        env.put("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL", "PLAIN");
        env.put("KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL", "PLAIN");
        env.put("KAFKA_LISTENER_NAME_CLIENTS_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512");
        env.put("KAFKA_LISTENER_NAME_CLIENTS_SCRAM___SHA___512_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        env.put("KAFKA_LISTENER_NAME_ADMIN_SASL_ENABLED_MECHANISMS", "PLAIN");
        env.put("KAFKA_LISTENER_NAME_ADMIN_PLAIN_SASL_JAAS_CONFIG", plainJaas(KafkaUsers.ADMIN, "KAFKA_ADMIN_PASSWORD"));
        env.put("KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS", "PLAIN");
        env.put("KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG",
                plainJaas("controller", "KAFKA_CONTROLLER_PASSWORD"));
        env.put("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        env.put("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false");
        env.put("KAFKA_SUPER_USERS", "User:" + KafkaUsers.ADMIN + ";User:controller");
        env.put("KAFKA_NUM_PARTITIONS", "3");
        env.put("KAFKA_DEFAULT_REPLICATION_FACTOR", "1");
        env.put("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1");
        env.put("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");
        env.put("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
        env.put("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1");
        env.put("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
        env.put("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        env.put("KAFKA_LOG_DIRS", "/var/lib/kafka/data");
        env.put("KAFKA_HEAP_OPTS", "${KAFKA_HEAP_OPTS:-" + KAFKA_HEAP + "}");
        return map(
                "image", "${MWOLO_KAFKA_IMAGE:-" + KAFKA_IMAGE + "}",
                "environment", env,
                "volumes", List.of("kafka-data:/var/lib/kafka/data"),
                // bash is in the official image and the stand-in; a listener that accepts connections is up.
                "healthcheck", health(List.of("CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/" + KAFKA_CLIENTS),
                        "60s"),
                "stop_grace_period", "60s",
                "restart", "unless-stopped");
    }

    private static Map<String, Object> kafkaSetup() {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("MWOLO_KAFKA_ADMIN_BOOTSTRAP", "kafka:" + KAFKA_ADMIN);
        env.put("MWOLO_KAFKA_ADMIN_PASSWORD", required("KAFKA_ADMIN_PASSWORD"));
        env.put("MWOLO_KAFKA_BOOTSTRAP", "kafka:" + KAFKA_CLIENTS);
        for (KafkaAccess user : KafkaProvisioning.users()) {
            env.put(kafkaPassword(user.user()), required(kafkaPassword(user.user())));
        }
        env.put("JAVA_TOOL_OPTIONS", TOOLS_LOGGING);
        return oneShot("energy.mwolo.embedded.KafkaProvisioning", env, "kafka");
    }

    private static Map<String, Object> oneShot(String mainClass, Map<String, Object> env, String after) {
        return hardened(map(
                "image", ownImage("devstack"),
                "command", List.of(mainClass),
                "environment", env,
                "depends_on", map(after, map("condition", "service_healthy")),
                "healthcheck", map("disable", true),
                "restart", "no"), "/tmp", DATA);
    }

    private static Map<String, Object> service(ServiceFacts facts, List<ServiceFacts> all) {
        PlatformService service = facts.service();
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "${MWOLO_SPRING_PROFILES:-}");
        env.put("JAVA_TOOL_OPTIONS", "${MWOLO_JAVA_OPTIONS:-" + DEFAULT_JAVA_OPTIONS + "}");
        if (service.database() != DatabaseKind.NONE) {
            env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + facts.database());
            env.put("SPRING_DATASOURCE_USERNAME", facts.runtimeRole());
            env.put("SPRING_DATASOURCE_PASSWORD", required(service.database() == DatabaseKind.APPEND_ONLY
                    ? runtimePassword(service) : ownerPassword(service)));
        }
        if (service.database() == DatabaseKind.APPEND_ONLY) {
            env.put("SPRING_FLYWAY_USER", facts.database());
            env.put("SPRING_FLYWAY_PASSWORD", required(ownerPassword(service)));
        }
        facts.kafkaUser().ifPresent(user -> {
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:" + KAFKA_CLIENTS);
            env.put("MWOLO_KAFKA_USERNAME", user);
            env.put("MWOLO_KAFKA_PASSWORD", required(kafkaPassword(user)));
            env.put("MWOLO_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        });
        if (facts.hasOutbox()) {
            env.put("MWOLO_OUTBOX_RELAY_ENABLED", "${MWOLO_OUTBOX_RELAY_ENABLED:-true}");
            env.put("MWOLO_OUTBOX_RELAY_OFFSET_DIR", DATA + "/offsets");
            // Whichever relay reads it, the slot exists before the service takes a request: nothing is missed.
            env.put("MWOLO_OUTBOX_RELAY_PREPARE_SLOT", "true");
        }
        if (facts.storesFiles()) {
            env.put("MWOLO_STORAGE_ROOT", ServiceFacts.FILES);
            env.put("MWOLO_STORAGE_FILESYSTEM_ROOT", ServiceFacts.FILES);
        }
        if (facts.sendsMail()) {
            env.put("SPRING_MAIL_HOST", "${MWOLO_SMTP_HOST:-smtp-catcher}");
            env.put("SPRING_MAIL_PORT", "${MWOLO_SMTP_PORT:-1025}");
        }
        env.put("MWOLO_IDENTITY_ISSUER", "${MWOLO_PUBLIC_URL:-http://localhost:8080}");
        PlatformService identity = ServiceCatalogue.IDENTITY;
        env.put("MWOLO_IDENTITY_JWKS_URI", "http://" + identity.module() + ":" + identity.port()
                + "/.well-known/jwks.json");
        new TreeMap<>(facts.peers()).forEach((variable, peer) -> {
            if (!variable.equals("MWOLO_IDENTITY_JWKS_URI")) {
                env.put(variable, "http://" + peer.module() + ":" + peer.port());
            }
        });
        facts.unsetByDefault().forEach(variable -> env.putIfAbsent(variable, "${" + variable + ":-}"));
        EXTERNAL_ISSUER.forEach(variable -> env.put(variable, "${" + variable + ":-}"));

        Map<String, Object> dependsOn = new LinkedHashMap<>();
        if (service.database() != DatabaseKind.NONE) {
            dependsOn.put("postgres-setup", map("condition", "service_completed_successfully"));
        }
        if (facts.kafkaUser().isPresent()) {
            dependsOn.put("kafka-setup", map("condition", "service_completed_successfully"));
        }
        if (service == ServiceCatalogue.GATEWAY) {
            all.stream().filter(other -> other.service() != service).forEach(other ->
                    dependsOn.put(other.service().module(), map("condition", "service_healthy")));
        }
        return hardened(map(
                "image", ownImage(service.module()),
                "environment", env,
                "ports", service == ServiceCatalogue.GATEWAY
                        ? List.of("${MWOLO_GATEWAY_PORT:-8080}:" + service.port()) : null,
                "volumes", List.of(service.module() + "-data:" + DATA),
                "depends_on", dependsOn.isEmpty() ? null : dependsOn,
                "healthcheck", health(List.of("CMD", "curl", "-fsS", "-o", "/dev/null",
                        "http://127.0.0.1:" + service.managementPort() + PlatformService.READINESS), "300s"),
                "stop_grace_period", "45s",
                "restart", "unless-stopped"), "/tmp");
    }

    private static Map<String, Object> prometheus() {
        return map(
                "image", "${MWOLO_PROMETHEUS_IMAGE:-" + PROMETHEUS_IMAGE + "}",
                "command", List.of("--config.file=/etc/prometheus/prometheus.yml",
                        "--storage.tsdb.path=/prometheus", "--storage.tsdb.retention.time=15d"),
                "volumes", List.of(
                        "./deploy/observability/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                        "./deploy/observability/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro",
                        "prometheus-data:/prometheus"),
                "healthcheck", health(List.of("CMD", "wget", "-q", "-O", "/dev/null",
                        "http://127.0.0.1:9090/-/ready"), "60s"),
                "restart", "unless-stopped");
    }

    private static Map<String, Object> grafana() {
        return map(
                "image", "${MWOLO_GRAFANA_IMAGE:-" + GRAFANA_IMAGE + "}",
                "environment", map(
                        "GF_SECURITY_ADMIN_PASSWORD", required("GRAFANA_ADMIN_PASSWORD"),
                        "GF_USERS_ALLOW_SIGN_UP", "false"),
                "ports", List.of("127.0.0.1:${MWOLO_GRAFANA_PORT:-3000}:3000"),
                "volumes", List.of(
                        "./deploy/observability/grafana/provisioning:/etc/grafana/provisioning:ro",
                        "./k8s/base/observability/dashboards:/var/lib/grafana/dashboards:ro",
                        "grafana-data:/var/lib/grafana"),
                "depends_on", map("prometheus", map("condition", "service_healthy")),
                "healthcheck", health(List.of("CMD", "wget", "-q", "-O", "/dev/null",
                        "http://127.0.0.1:3000/api/health"), "60s"),
                "restart", "unless-stopped");
    }

    private static Map<String, Object> smtpCatcher() {
        return map(
                "image", "${MWOLO_SMTP_CATCHER_IMAGE:-" + SMTP_CATCHER_IMAGE + "}",
                "profiles", List.of("dev"),
                "ports", List.of("127.0.0.1:${MWOLO_SMTP_CATCHER_PORT:-8025}:8025"),
                "restart", "unless-stopped");
    }

    /** The providers' APIs; their callbacks go to billing's webhooks through the gateway, as in production. */
    private static Map<String, Object> mobileMoneySimulator() {
        PlatformService gateway = ServiceCatalogue.GATEWAY;
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("MWOLO_MOBILE_MONEY_SIMULATOR_HOST", "0.0.0.0");
        env.put("MWOLO_MOBILE_MONEY_SIMULATOR_PORT", Integer.toString(SIMULATOR_PORT));
        for (Provider provider : Provider.values()) {
            String prefix = "MWOLO_MOBILE_MONEY_SIMULATOR_" + provider.name();
            String webhook = "http://" + gateway.module() + ":" + gateway.port() + "/api/billing/webhooks/"
                    + provider.key() + "/";
            env.put(prefix + "_CALLBACK_URL", webhook);
            env.put(prefix + "_C2B_CALLBACK_URL", webhook + "c2b/");
        }
        return hardened(map(
                "image", ownImage("mobile-money-simulator"),
                "profiles", List.of("dev"),
                "environment", env,
                "restart", "unless-stopped"), "/tmp");
    }

    /**
     * Kafka Connect relaying every outbox (the {@code kafka-connect} module's worker, which registers one connector per
     * outbox with the embedded relay's keys), for operators who want Debezium's connectors as in Kubernetes: profile
     * {@code debezium}, with {@code MWOLO_OUTBOX_RELAY_ENABLED=false} in {@code .env} so that exactly one relay reads
     * each slot. It starts once every service with an outbox is healthy, by when each has made its publication and
     * slot; its state is in Kafka ({@code mwolo-connect-*} topics), its REST API on the compose network only.
     */
    private static Map<String, Object> kafkaConnect(List<ServiceFacts> services) {
        List<ServiceFacts> relayed = services.stream().filter(ServiceFacts::hasOutbox).toList();
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "kafka:" + KAFKA_CLIENTS);
        env.put("MWOLO_KAFKA_USERNAME", KafkaUsers.CONNECT);
        env.put("MWOLO_KAFKA_PASSWORD", required(kafkaPassword(KafkaUsers.CONNECT)));
        env.put("MWOLO_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("MWOLO_CONNECT_OUTBOXES", String.join(",", relayed.stream().map(f -> f.service().name()).toList()));
        env.put("MWOLO_CONNECT_DATABASE_HOST", "postgres");
        env.put("JAVA_TOOL_OPTIONS", "${MWOLO_JAVA_OPTIONS:-" + DEFAULT_JAVA_OPTIONS + "}");
        relayed.forEach(facts -> env.put(ownerPassword(facts.service()), required(ownerPassword(facts.service()))));
        Map<String, Object> dependsOn = new LinkedHashMap<>();
        dependsOn.put("kafka-setup", map("condition", "service_completed_successfully"));
        relayed.forEach(facts -> dependsOn.put(facts.service().module(), map("condition", "service_healthy")));
        return hardened(map(
                "image", ownImage("kafka-connect"),
                "profiles", List.of("debezium"),
                "environment", env,
                "depends_on", dependsOn,
                "healthcheck", health(List.of("CMD", "curl", "-fsS", "-o", "/dev/null",
                        "http://127.0.0.1:" + CONNECT_REST_PORT + "/connectors"), "120s"),
                "stop_grace_period", "45s",
                "restart", "unless-stopped"), "/tmp");
    }

    /**
     * Keycloak with the platform's realm (its roles, its {@code perms} mapper, test users of known passwords), to try
     * the platform with an external identity provider: development mode (its own file database in its volume), the
     * admin console and token endpoint on this host only. Production points {@code MWOLO_SECURITY_EXTERNALISSUER_*}
     * at the company's own Keycloak instead. Tokens name {@code KEYCLOAK_URL} as issuer; the services fetch its keys
     * over the compose network.
     */
    private static Map<String, Object> keycloak() {
        return map(
                "image", "${MWOLO_KEYCLOAK_IMAGE:-" + KEYCLOAK_IMAGE + "}",
                "profiles", List.of("keycloak"),
                "command", List.of("start-dev", "--import-realm"),
                "environment", map(
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "${KEYCLOAK_ADMIN_USER:-admin}",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", required("KEYCLOAK_ADMIN_PASSWORD"),
                        "KC_HOSTNAME", "${KEYCLOAK_URL:-http://localhost:8180}",
                        "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true",
                        "KC_HEALTH_ENABLED", "true"),
                "ports", List.of("127.0.0.1:${KEYCLOAK_PORT:-8180}:8080"),
                "volumes", List.of(KEYCLOAK_REALM + ":/opt/keycloak/data/import/mwolo-realm.json:ro",
                        "keycloak-data:/opt/keycloak/data"),
                // The image has neither curl nor wget: bash asks the management port's readiness itself.
                "healthcheck", health(List.of("CMD-SHELL", "exec 3<>/dev/tcp/127.0.0.1/9000 && printf 'GET "
                        + "/health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"), "120s"),
                "restart", "unless-stopped");
    }

    /**
     * A container of the platform's own images locked down: read-only root file system with {@code writable} as
     * tmpfs, no capabilities, no privilege escalation.
     */
    private static Map<String, Object> hardened(Map<String, Object> container, String... writable) {
        container.put("read_only", true);
        container.put("tmpfs", List.of(writable));
        container.put("cap_drop", List.of("ALL"));
        container.put("security_opt", List.of("no-new-privileges:true"));
        return container;
    }

    private static Map<String, Object> health(List<String> test, String startPeriod) {
        return map("test", test, "interval", "5s", "timeout", "3s", "retries", 5, "start_period", startPeriod);
    }

    private static String plainJaas(String user, String passwordVariable) {
        String password = "${" + passwordVariable + ":?set " + passwordVariable + " in .env}";
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\" user_" + user + "=\"" + password + "\";";
    }

    static String ownerPassword(PlatformService service) {
        return PostgresProvisioning.ownerPasswordVariable(service);
    }

    static String runtimePassword(PlatformService service) {
        return PostgresProvisioning.runtimePasswordVariable(service);
    }

    static String kafkaPassword(String user) {
        return KafkaProvisioning.passwordVariable(user);
    }

    /** The example of {@code .env}: every variable compose reads, secrets empty, each group explained. */
    static String envExample(List<ServiceFacts> services) {
        List<String> lines = new ArrayList<>(List.of(
                "# The settings and secrets of docker-compose.yml. Copy to .env (never committed) and give every empty",
                "# secret a value: deploy/compose/new-env.sh writes .env from this file with random secrets.",
                "# Generated with docker-compose.yml by deployment-checks (energy.mwolo.deployment.compose.ComposeFile).",
                "",
                "COMPOSE_PROJECT_NAME=mwolo",
                "# The platform's images (deploy/images/build.sh) and the infrastructure's; CI names local stand-ins.",
                "MWOLO_IMAGE_REPOSITORY=mwolo",
                "MWOLO_VERSION=" + Manifests.version(),
                "# MWOLO_POSTGRES_IMAGE=" + POSTGRES_IMAGE,
                "# MWOLO_KAFKA_IMAGE=" + KAFKA_IMAGE,
                "# MWOLO_PROMETHEUS_IMAGE=" + PROMETHEUS_IMAGE,
                "# MWOLO_GRAFANA_IMAGE=" + GRAFANA_IMAGE,
                "# MWOLO_SMTP_CATCHER_IMAGE=" + SMTP_CATCHER_IMAGE,
                "# MWOLO_KEYCLOAK_IMAGE=" + KEYCLOAK_IMAGE,
                "",
                "# Where users reach the gateway (the issuer of every token), and its port on this host.",
                "MWOLO_PUBLIC_URL=http://localhost:8080",
                "MWOLO_GATEWAY_PORT=8080",
                "# Grafana and, with the dev profile, the SMTP catcher's web page: on this host only (127.0.0.1).",
                "MWOLO_GRAFANA_PORT=3000",
                "MWOLO_SMTP_CATCHER_PORT=8025",
                "# Which relay reads the outboxes: true, each service's embedded relay; false, Kafka Connect's connectors,",
                "# started by the debezium profile (docker-compose --profile debezium up -d). Never false without it.",
                "MWOLO_OUTBOX_RELAY_ENABLED=true",
                "# Spring profiles of every service (empty: production settings); JVM options of every service.",
                "MWOLO_SPRING_PROFILES=",
                "MWOLO_JAVA_OPTIONS=" + DEFAULT_JAVA_OPTIONS,
                "# The broker's heap.",
                "# KAFKA_HEAP_OPTS=" + KAFKA_HEAP,
                "# The SMTP relay (the dev profile's catcher by default).",
                "MWOLO_SMTP_HOST=smtp-catcher",
                "MWOLO_SMTP_PORT=1025",
                "",
                "# Secrets: PostgreSQL's superuser, each service's roles, Kafka's admin and controller, each Kafka user,",
                "# Grafana's admin. Letters, digits, - and _ only (they are written into JAAS and JDBC settings).",
                "POSTGRES_PASSWORD=",
                "KAFKA_ADMIN_PASSWORD=",
                "KAFKA_CONTROLLER_PASSWORD=",
                "# The KRaft cluster id: 16 bytes in URL-safe base64 (22 characters), kept for the life of kafka-data.",
                "KAFKA_CLUSTER_ID=" + CLUSTER_ID));
        for (ServiceFacts facts : services) {
            if (facts.service().database() != DatabaseKind.NONE) {
                lines.add(ownerPassword(facts.service()) + "=");
            }
            if (facts.service().database() == DatabaseKind.APPEND_ONLY) {
                lines.add(runtimePassword(facts.service()) + "=");
            }
        }
        KafkaProvisioning.users().forEach(user -> lines.add(kafkaPassword(user.user()) + "="));
        lines.add("GRAFANA_ADMIN_PASSWORD=");
        lines.addAll(List.of(
                "",
                "# An external identity provider every service and the gateway trust beside identity-service; empty:",
                "# none (docs/operations.md, \"An external identity provider\"). With the keycloak profile and its realm:",
                "#   MWOLO_SECURITY_EXTERNALISSUER_ISSUER=http://localhost:8180/realms/mwolo",
                "#   MWOLO_SECURITY_EXTERNALISSUER_JWKSETURI=http://keycloak:8080/realms/mwolo/protocol/openid-connect/certs",
                "#   MWOLO_SECURITY_EXTERNALISSUER_ROLESCLAIM=realm_access.roles"));
        EXTERNAL_ISSUER.forEach(variable -> lines.add(variable + "="));
        lines.addAll(List.of(
                "# The keycloak profile: its address as users reach it (its tokens' issuer), its port on this host, its",
                "# administrator.",
                "KEYCLOAK_URL=http://localhost:8180",
                "KEYCLOAK_PORT=8180",
                "KEYCLOAK_ADMIN_USER=admin",
                "KEYCLOAK_ADMIN_PASSWORD="));
        for (ServiceFacts facts : services) {
            if (!facts.unsetByDefault().isEmpty()) {
                lines.add("");
                lines.add("# " + facts.service().module() + ": unset by default (docs/operations.md#"
                        + facts.service().module() + ")");
                for (String variable : facts.unsetByDefault()) {
                    for (Provider provider : Provider.values()) {
                        if (provider.baseUrlVariable().equals(variable)) {
                            lines.add("# with the dev profile's simulator: http://mobile-money-simulator:" + SIMULATOR_PORT
                                    + "/" + provider.key());
                        }
                    }
                    lines.add(variable + "=");
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
