package energy.mwolo.embedded;

import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Provisions a broker that is not the devstack's (the compose stack's): every user of the ACL table ({@link KafkaUsers})
 * and Kafka Connect's ({@link KafkaUsers#connect()}, for the {@code debezium} profile) with its password and exactly
 * its ACLs, then every contract topic and its dead letters. It signs in as the
 * broker's super user; it is idempotent (the compose stack runs it at every start), so a password changed in the
 * environment is changed on the broker, and an ACL removed from the table is removed from the broker.
 *
 * <p>Read from the environment:
 * <ul>
 *   <li>{@code MWOLO_KAFKA_ADMIN_BOOTSTRAP}: the listener the admin signs in on ({@code kafka:9094});</li>
 *   <li>{@code MWOLO_KAFKA_ADMIN_PASSWORD}, and {@code MWOLO_KAFKA_ADMIN_USERNAME} ({@code admin}),
 *       {@code MWOLO_KAFKA_ADMIN_MECHANISM} ({@code PLAIN}: the compose broker's admin listener);</li>
 *   <li>{@code MWOLO_KAFKA_BOOTSTRAP}: the clients' listener (SCRAM-SHA-512), where each user's password is tried
 *       before this returns;</li>
 *   <li>{@code MWOLO_KAFKA_PASSWORD_<USER>} for each user ({@code MWOLO_KAFKA_PASSWORD_BILLING});</li>
 *   <li>{@code MWOLO_KAFKA_REPLICAS} ({@code 1}): the replication factor of the topics it creates;</li>
 *   <li>{@code MWOLO_KAFKA_WAIT} ({@code PT2M}): how long to wait for the broker to answer.</li>
 * </ul>
 * Exit status: 0 when done, 2 when a variable is missing (each is named), 1 when the broker refused or did not answer.
 */
public final class KafkaProvisioning {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaProvisioning.class);

    private final Map<String, String> env;
    private final List<KafkaAccess> users;

    KafkaProvisioning(Map<String, String> env, List<KafkaAccess> users) {
        this.env = Map.copyOf(env);
        this.users = List.copyOf(users);
    }

    public static void main(String[] args) {
        KafkaProvisioning provisioning = new KafkaProvisioning(System.getenv(), users());
        Provisioning.exitAfter("Kafka", provisioning.missing(), provisioning::run);
    }

    /** The users it provisions: the table's and Kafka Connect's. */
    public static List<KafkaAccess> users() {
        List<KafkaAccess> users = new ArrayList<>(KafkaUsers.all());
        users.add(KafkaUsers.connect());
        return List.copyOf(users);
    }

    /** The variable holding {@code user}'s password. */
    public static String passwordVariable(String user) {
        return "MWOLO_KAFKA_PASSWORD_" + user.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The required variables that are unset or blank. */
    List<String> missing() {
        List<String> required = new ArrayList<>(List.of("MWOLO_KAFKA_ADMIN_BOOTSTRAP", "MWOLO_KAFKA_ADMIN_PASSWORD",
                "MWOLO_KAFKA_BOOTSTRAP"));
        users.forEach(user -> required.add(passwordVariable(user.user())));
        return required.stream().filter(name -> env.getOrDefault(name, "").isBlank()).toList();
    }

    /** Waits for the broker, then provisions the users and the topics; returns the number of topics created. */
    int run() {
        Map<String, Object> admin = new LinkedHashMap<>();
        admin.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, env.get("MWOLO_KAFKA_ADMIN_BOOTSTRAP"));
        admin.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SharedKafka.SECURITY_PROTOCOL);
        String mechanism = setting("MWOLO_KAFKA_ADMIN_MECHANISM", "PLAIN");
        admin.put(SaslConfigs.SASL_MECHANISM, mechanism);
        String username = setting("MWOLO_KAFKA_ADMIN_USERNAME", KafkaUsers.ADMIN);
        String password = env.get("MWOLO_KAFKA_ADMIN_PASSWORD");
        admin.put(SaslConfigs.SASL_JAAS_CONFIG, mechanism.equals("PLAIN")
                ? "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + username
                        + "\" password=\"" + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\";"
                : KafkaUsers.scramJaasConfig(username, password));
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        awaitBroker(admin, Duration.parse(setting("MWOLO_KAFKA_WAIT", "PT2M")));

        KafkaAccessControl accessControl = new KafkaAccessControl(admin, user -> {
            Map<String, Object> client = new LinkedHashMap<>();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, env.get("MWOLO_KAFKA_BOOTSTRAP"));
            client.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SharedKafka.SECURITY_PROTOCOL);
            client.put(SaslConfigs.SASL_MECHANISM, KafkaCredentials.MECHANISM);
            client.put(SaslConfigs.SASL_JAAS_CONFIG, user.jaasConfig());
            return client;
        });
        for (KafkaAccess user : users) {
            accessControl.ensure(user, env.get(passwordVariable(user.user())));
            LOG.info("Kafka user {} provisioned with its ACLs", user.user());
        }
        int created = SharedKafka.createContractTopics(admin,
                Short.parseShort(setting("MWOLO_KAFKA_REPLICAS", "1")));
        LOG.info("Kafka provisioned: {} users, {} topics created (the others existed)", users.size(), created);
        return created;
    }

    private String setting(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A broker that has just started refuses connections, then answers: wait for its answer. */
    private static void awaitBroker(Map<String, Object> admin, Duration wait) {
        Provisioning.retrying("Kafka at " + admin.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG), wait, () -> {
            try (Admin client = Admin.create(admin)) {
                return client.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
            }
        });
    }
}
