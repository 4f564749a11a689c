package energy.mwolo.deployment.k8s;

import static energy.mwolo.deployment.k8s.Yaml.map;
import static energy.mwolo.deployment.k8s.Yaml.object;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.MessageContract;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.DatabaseKind;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.NamePattern;
import energy.mwolo.platform.outbox.relay.OutboxRelaySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The platform's data plane as the operators see it: Strimzi topics, users and the outbox connectors (Kafka Connect
 * running the embedded relay's very configuration), and CloudNativePG's roles, databases and publications.
 */
final class DataManifests {

    static final String KAFKA = "mwolo-kafka";
    static final int KAFKA_PORT = 9093;
    static final String CONNECT = KafkaUsers.CONNECT_GROUP;
    /** Kafka Connect's own user: it writes every outbox's topics and keeps its state in {@code mwolo-connect-*}. */
    static final String CONNECT_USER = KafkaUsers.CONNECT;
    static final String POSTGRES = "mwolo-postgres";
    /** Where Kafka Connect's pods see a database role's Secret (Kafka's DirectoryConfigProvider reads it). */
    static final String SECRETS_DIR = "/mnt/secrets/";

    private DataManifests() {
    }

    /** Every contract topic and its dead letters. */
    static Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        Contracts.messages().stream().map(MessageContract::topic).forEach(topic -> {
            topics.add(topic);
            topics.add(Topics.deadLetter(topic));
        });
        return topics;
    }

    static List<Map<String, Object>> kafkaTopics() {
        return topics().stream().sorted().map(topic -> object("kafka.strimzi.io/v1", "KafkaTopic",
                map("name", topic, "labels", map("strimzi.io/cluster", KAFKA)),
                "spec", map("topicName", topic, "partitions", partitions(topic), "replicas", 3,
                        "config", map("retention.ms", String.valueOf(retention(topic).toMillis()),
                                "min.insync.replicas", "2", "cleanup.policy", "delete")))).toList();
    }

    /** Readings arrive from every meter at once: more partitions, so operations' ingestion can scale out. */
    static int partitions(String topic) {
        return topic.equals(Topics.IOT_METER_READINGS) || topic.equals(Topics.IOT_METER_EVENTS) ? 12 : 3;
    }

    /**
     * Domain events are kept a week (every consumer, the audit log included, is idempotent and catches up within
     * it); dead letters a month, for someone to look at; commands a day, as a meter acts on a fresh one only.
     */
    static Duration retention(String topic) {
        if (topic.endsWith(".dlt")) {
            return Duration.ofDays(30);
        }
        if (topic.equals(Topics.IOT_METER_COMMANDS)) {
            return Duration.ofDays(1);
        }
        if (topic.startsWith("iot.")) {
            return Duration.ofDays(3);
        }
        return Duration.ofDays(7);
    }

    static List<Map<String, Object>> kafkaUsers(List<ServiceFacts> services) {
        List<Map<String, Object>> users = new ArrayList<>();
        KafkaUsers.all().forEach(access -> users.add(kafkaUser(access)));
        users.add(kafkaUser(KafkaUsers.connect()));
        return users;
    }

    /** The ACLs of a row, as the devstack grants them (KafkaAccess's description), plus DESCRIBE where read. */
    private static Map<String, Object> kafkaUser(KafkaAccess access) {
        List<Object> acls = new ArrayList<>();
        access.writes().forEach(topic -> acls.add(acl("topic", topic, List.of("Write", "Create", "Describe"))));
        access.reads().forEach(topic -> acls.add(acl("topic", topic, topic.prefixed() || topic.isAny()
                ? List.of("Read", "Describe") : List.of("Read", "Describe", "Create"))));
        access.groups().forEach(group -> acls.add(acl("group", group, List.of("Read"))));
        return object("kafka.strimzi.io/v1", "KafkaUser",
                map("name", access.user(), "labels", map("strimzi.io/cluster", KAFKA)),
                "spec", map("authentication", map("type", "scram-sha-512"),
                        "authorization", map("type", "simple", "acls", acls)));
    }

    private static Map<String, Object> acl(String type, NamePattern name, List<String> operations) {
        return map("resource", map("type", type, "name", name.name(),
                "patternType", name.prefixed() ? "prefix" : "literal"), "operations", operations);
    }

    /** Kafka Connect, with each outbox's database Secret mounted for the connectors' passwords. */
    static Map<String, Object> kafkaConnect(List<ServiceFacts> services) {
        List<Object> volumes = new ArrayList<>();
        List<Object> mounts = new ArrayList<>();
        services.stream().filter(ServiceFacts::hasOutbox).forEach(facts -> {
            String secret = ServiceFacts.passwordSecret(facts.database());
            volumes.add(map("name", secret, "secret", map("secretName", secret)));
            mounts.add(map("name", secret, "mountPath", SECRETS_DIR + secret, "readOnly", true));
        });
        return object("kafka.strimzi.io/v1", "KafkaConnect", map("name", CONNECT,
                        "annotations", map("strimzi.io/use-connector-resources", "true")),
                "spec", map(
                        "replicas", 2,
                        "image", "mwolo/kafka-connect:" + Manifests.version(),
                        "bootstrapServers", KAFKA + "-kafka-bootstrap:" + KAFKA_PORT,
                        "groupId", CONNECT,
                        "configStorageTopic", CONNECT + "-configs",
                        "offsetStorageTopic", CONNECT + "-offsets",
                        "statusStorageTopic", CONNECT + "-status",
                        "tls", map("trustedCertificates", List.of(map("secretName", KAFKA + "-cluster-ca-cert",
                                "pattern", "*.crt"))),
                        "authentication", map("type", "scram-sha-512", "username", CONNECT_USER,
                                "passwordSecret", map("secretName", CONNECT_USER, "password", "password")),
                        "config", connectConfig(),
                        "resources", map("requests", map("cpu", "250m", "memory", "1Gi"), "limits", map("memory",
                                "1536Mi")),
                        "template", map(
                                "pod", map("volumes", volumes),
                                "connectContainer", map("volumeMounts", mounts))));
    }

    /**
     * The workers' settings: their state topics replicated as the cluster's default, the database passwords read
     * from the mounted Secrets, and the embedded relay's delivery (acknowledged by all in-sync replicas, idempotent).
     */
    private static Map<String, Object> connectConfig() {
        Map<String, Object> config = new TreeMap<>();
        config.put("config.storage.replication.factor", -1);
        config.put("offset.storage.replication.factor", -1);
        config.put("status.storage.replication.factor", -1);
        config.put("config.providers", "directory");
        config.put("config.providers.directory.class",
                "org.apache.kafka.common.config.provider.DirectoryConfigProvider");
        config.putAll(OutboxRelaySettings.connectProducerConfig());
        return config;
    }

    /** One connector per outbox, with the keys the embedded relay gives its engine (OutboxRelaySettings). */
    static Map<String, Object> connector(ServiceFacts facts) {
        String name = facts.service().name();
        String secret = ServiceFacts.passwordSecret(facts.database());
        OutboxRelaySettings settings = OutboxRelaySettings.forConnector(name,
                "jdbc:postgresql://" + POSTGRES + "-rw:5432/" + facts.database(), facts.database(),
                "${directory:" + SECRETS_DIR + secret + ":password}");
        Map<String, Object> config = new TreeMap<>(settings.connectorConfig());
        return object("kafka.strimzi.io/v1", "KafkaConnector",
                map("name", facts.service().module() + "-outbox", "labels", map("strimzi.io/cluster", CONNECT)),
                "spec", map("class", settings.engineProperties().getProperty("connector.class"), "tasksMax", 1,
                        "autoRestart", map("enabled", true), "config", config));
    }

    /** The PostgreSQL cluster with a role per service (and audit's append-only runtime role). */
    static Map<String, Object> postgresCluster(List<ServiceFacts> services) {
        List<Object> roles = new ArrayList<>();
        services.stream().filter(facts -> facts.service().database() != DatabaseKind.NONE).forEach(facts -> {
            roles.add(role(facts.database(), facts.hasOutbox()));
            if (facts.service().database() == DatabaseKind.APPEND_ONLY) {
                roles.add(role(facts.runtimeRole(), false));
            }
        });
        return object("postgresql.cnpg.io/v1", "Cluster", map("name", POSTGRES), "spec", map(
                "instances", 3,
                "imageName", "ghcr.io/cloudnative-pg/postgresql:17.6",
                "enableSuperuserAccess", false,
                "postgresql", map("parameters", map(
                        "wal_level", "logical",
                        "max_replication_slots", "20",
                        "max_wal_senders", "20",
                        "max_slot_wal_keep_size", "20GB",
                        "timezone", "UTC")),
                "storage", map("size", "50Gi"),
                "resources", map("requests", map("cpu", "500m", "memory", "2Gi"), "limits", map("memory", "2Gi")),
                "monitoring", map("enablePodMonitor", true),
                "backup", map(
                        "retentionPolicy", "30d",
                        "barmanObjectStore", map(
                                "destinationPath", "s3://mwolo-backups/postgres",
                                "s3Credentials", map(
                                        "accessKeyId", map("name", "mwolo-backup-s3", "key", "ACCESS_KEY_ID"),
                                        "secretAccessKey", map("name", "mwolo-backup-s3", "key", "SECRET_ACCESS_KEY")),
                                "wal", map("compression", "gzip"),
                                "data", map("compression", "gzip"))),
                "managed", map("roles", roles)));
    }

    /** Each service's database, owned by its role, and the publication its outbox connector reads. */
    static List<Map<String, Object>> databases(List<ServiceFacts> services) {
        List<Map<String, Object>> objects = new ArrayList<>();
        services.stream().filter(facts -> facts.service().database() != DatabaseKind.NONE).forEach(facts -> {
            String name = ServiceFacts.passwordSecret(facts.database());
            objects.add(object("postgresql.cnpg.io/v1", "Database", map("name", name), "spec", map(
                    "name", facts.database(), "owner", facts.database(), "cluster", map("name", POSTGRES),
                    "databaseReclaimPolicy", "retain")));
            if (facts.hasOutbox()) {
                objects.add(object("postgresql.cnpg.io/v1", "Publication", map("name", name + "-outbox"),
                        "spec", map("name", facts.service().name() + "_outbox", "dbname", facts.database(),
                                "cluster", map("name", POSTGRES),
                                "target", map("objects", List.of(map("table", map("schema", "public",
                                        "name", "outbox")))),
                                "parameters", map("publish", "insert"))));
            }
        });
        return objects;
    }

    private static Map<String, Object> role(String name, boolean replication) {
        return map("name", name, "ensure", "present", "login", true, "replication", replication,
                "passwordSecret", map("name", ServiceFacts.passwordSecret(name)));
    }
}
