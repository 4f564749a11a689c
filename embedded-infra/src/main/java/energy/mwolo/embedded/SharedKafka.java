package energy.mwolo.embedded;

import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.MessageContract;
import energy.mwolo.contracts.services.KafkaAccess;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Kafka broker (KRaft, one node acting as broker and controller, in this JVM) that authenticates every
 * client and authorises it with ACLs, as production does.
 *
 * <p>Tests call {@link #start()}: one throw-away broker per JVM on a free port, its files deleted when it stops.
 * The devstack calls {@link #startPersistent(Path, int, String)}: the log directory is kept between runs. Topics are
 * created at start (every contract topic and its {@code .dlt}) or on first use, with {@value #PARTITIONS} partitions.
 * Both are stopped by {@link StackShutdown}.
 *
 * <p>Clients connect to {@code SASL_PLAINTEXT} on 127.0.0.1 with {@code SCRAM-SHA-512}; no listener accepts an
 * unauthenticated client. The {@code StandardAuthorizer} refuses what no ACL allows. {@link #admin()} is a super
 * user, bootstrapped when the log directory is formatted (random for a throw-away broker, given by the devstack
 * for a kept one); the users of the ACL table ({@link KafkaUsers}) are created with
 * {@link #ensureUser(KafkaAccess, String)} or {@link #credentials(KafkaAccess)}. The controller listener is internal:
 * SASL {@code PLAIN} for the broker itself only, with a secret drawn at every start that never leaves this JVM.
 */
public final class SharedKafka implements AutoCloseable {

    /** Partitions of an auto-created topic. */
    public static final int PARTITIONS = 3;
    /** The security protocol of the broker's client listener. */
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";

    private static final Logger LOG = LoggerFactory.getLogger(SharedKafka.class);
    private static final int START_ATTEMPTS = 3;
    private static final String CONTROLLER_USER = "controller";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{8,}");
    private static final Duration ADMIN_WAIT = Duration.ofSeconds(30);
    private static final Duration TOPIC_WAIT = Duration.ofSeconds(30);
    private static final Map<String, SharedKafka> RUNNING = new ConcurrentHashMap<>();
    private static SharedKafka shared;

    private final String bootstrapServers;
    private final KafkaCredentials admin;
    private final Broker broker;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<String, KafkaCredentials> users = new ConcurrentHashMap<>();
    private final Map<String, KafkaAccess> applied = new ConcurrentHashMap<>();
    private final KafkaAccessControl accessControl;

    private SharedKafka(String bootstrapServers, KafkaCredentials admin, Broker broker) {
        this.bootstrapServers = bootstrapServers;
        this.admin = admin;
        this.broker = broker;
        this.accessControl = new KafkaAccessControl(clientProperties(admin), this::clientProperties);
    }

    /**
     * Starts, once per JVM, a throw-away single-node broker on a free port, with a random admin password; later calls
     * return it.
     */
    public static synchronized SharedKafka start() {
        if (shared == null) {
            Path dir = tempDir();
            // The free port is only free when asked: another process may take it before the broker binds it.
            for (int attempt = 1; shared == null; attempt++) {
                try {
                    shared = launch(dir, Loopback.freePort(), true, secret());
                } catch (IllegalStateException e) {
                    if (attempt == START_ATTEMPTS) {
                        throw e;
                    }
                    LOG.warn("Kafka did not start ({}); trying another port", e.getMessage());
                    Loopback.deleteRecursively(dir);
                }
            }
        }
        return shared;
    }

    /**
     * Starts a single-node broker whose log directory survives the JVM: formatted on first use, with the admin's
     * SCRAM credential, and reused afterwards with the same admin password.
     *
     * @param logDir        the broker's log (data) directory, created if missing
     * @param port          the client port on 127.0.0.1; the controller listens on another, free port
     * @param adminPassword the admin's password, written when the directory is formatted (letters, digits, {@code -}
     *                      and {@code _})
     * @throws IllegalStateException if the port is taken, the broker does not start, or the admin cannot sign in
     *                               (a directory formatted with another password, or before authentication)
     */
    public static synchronized SharedKafka startPersistent(Path logDir, int port, String adminPassword) {
        Loopback.requireFree(port, "Kafka");
        return launch(logDir.toAbsolutePath().normalize(), port, false, adminPassword);
    }

    private static SharedKafka launch(Path dir, int port, boolean deleteOnClose, String adminPassword) {
        if (!SECRET.matcher(adminPassword).matches()) {
            throw new IllegalArgumentException("The Kafka admin password may hold letters, digits, - and _ only");
        }
        long startedAt = System.nanoTime();
        int controllerPort = Loopback.freePort();
        KafkaCredentials admin = new KafkaCredentials(KafkaUsers.ADMIN, adminPassword);
        KafkaCredentials controller = new KafkaCredentials(CONTROLLER_USER, secret());
        Map<String, Object> props = new HashMap<>(brokerDefaults());
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "CLIENTS://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "CLIENTS://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "CLIENTS:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "CLIENTS");
        props.putAll(security(admin, controller));
        props.put("log.dirs", dir.toString());
        props.put("metadata.log.dir", dir.toString());
        format(dir, admin);
        Broker broker = new Broker(new KafkaConfig(props, false), port, dir, deleteOnClose);
        broker.start();
        SharedKafka started = new SharedKafka("127.0.0.1:" + port, admin, broker);
        try {
            started.awaitAdmin();
        } catch (RuntimeException e) {
            started.close();
            throw new IllegalStateException("Kafka started on port " + port + " but its admin cannot sign in: "
                    + "was " + dir + " formatted before Kafka required authentication, or with another admin "
                    + "password? Delete it to start afresh.", e);
        }
        started.createContractTopics();
        RUNNING.put(started.bootstrapServers(), started);
        StackShutdown.register("Kafka", started);
        LOG.info("Kafka started at {} in {} ms (data: {})", started.bootstrapServers(),
                (System.nanoTime() - startedAt) / 1_000_000, dir);
        return started;
    }

    /**
     * SCRAM-SHA-512 for clients, PLAIN with a secret of this start on the controller listener, the standard
     * authorizer refusing what no ACL allows; the admin and the broker itself (as {@code controller}) are super
     * users.
     */
    private static Map<String, String> security(KafkaCredentials admin, KafkaCredentials controller) {
        Map<String, String> props = new HashMap<>();
        props.put("sasl.enabled.mechanisms", KafkaCredentials.MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", KafkaCredentials.MECHANISM);
        props.put("listener.name.clients.sasl.enabled.mechanisms", KafkaCredentials.MECHANISM);
        props.put("listener.name.clients.scram-sha-512.sasl.jaas.config", admin.jaasConfig());
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        props.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + controller.username() + "\" password=\"" + controller.password() + "\" user_"
                        + controller.username() + "=\"" + controller.password() + "\";");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:" + admin.username() + ";User:" + controller.username());
        return props;
    }

    /**
     * Creates every contract topic and its dead-letter topic before any client produces. A topic auto-created by an
     * idempotent producer's first send can leave that producer retrying an out-of-order batch until its delivery
     * timeout (two minutes) when two requests race the partition's creation (KAFKA-15591); created here, no producer
     * ever sees a partition being born. Topics already there are kept; a failure only leaves auto-creation to work.
     */
    private void createContractTopics() {
        createContractTopics(adminClientProperties(), (short) 1);
    }

    /**
     * Creates, as the admin whose client settings are given, every contract topic and its {@code .dlt} that is
     * missing, with {@value #PARTITIONS} partitions of {@code replicas} replicas; existing topics are kept as they
     * are. Returns the number created.
     */
    static int createContractTopics(Map<String, Object> adminClient, short replicas) {
        List<NewTopic> topics = Contracts.messages().stream().map(MessageContract::topic).distinct()
                .flatMap(topic -> Stream.of(topic, topic + ".dlt"))
                .map(topic -> new NewTopic(topic, PARTITIONS, replicas)).toList();
        int created = 0;
        try (Admin kafkaAdmin = Admin.create(adminClient)) {
            for (Map.Entry<String, KafkaFuture<Void>> topic : kafkaAdmin.createTopics(topics).values().entrySet()) {
                try {
                    topic.getValue().get(TOPIC_WAIT.toSeconds(), TimeUnit.SECONDS);
                    created++;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warn("Topic {} not created ahead ({}); it will be created on first use", topic.getKey(),
                                e.getCause().toString());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            LOG.warn("Contract topics not all created within {} s; the rest will be created on first use",
                    TOPIC_WAIT.toSeconds());
        }
        return created;
    }

    /** The broker applies the formatted SCRAM credentials as it loads its metadata: wait until it has. */
    private void awaitAdmin() {
        long deadline = System.nanoTime() + ADMIN_WAIT.toNanos();
        while (!KafkaAccessControl.authenticates(clientProperties(admin))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the admin was refused for " + ADMIN_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the Kafka admin", e);
            }
        }
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A new directory is formatted with a fresh cluster id and the admin's SCRAM credential (KRaft keeps credentials
     * in its metadata: one must exist before anyone can authenticate); an existing one keeps its own.
     */
    private static void format(Path dir, KafkaCredentials admin) {
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve("meta.properties"))) {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setNodeId(1)
                        .setClusterId(Uuid.randomUuid().toString())
                        .setDirectories(List.of(dir.toString()))
                        .setMetadataLogDirectory(dir.toString())
                        .setControllerListenerName("CONTROLLER")
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .setScramArguments(List.of(KafkaCredentials.MECHANISM + "=[name=" + admin.username()
                                + ",iterations=" + KafkaAccessControl.SCRAM_ITERATIONS
                                + ",password=" + admin.password() + "]"))
                        .run();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the Kafka log directory " + dir, e);
        }
    }

    private static Map<String, String> brokerDefaults() {
        Map<String, String> props = new HashMap<>();
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", Integer.toString(PARTITIONS));
        props.put("default.replication.factor", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        // After a killed run the previous registration must expire before the broker starts: 3 s instead of 9 s.
        props.put("broker.heartbeat.interval.ms", "750");
        props.put("broker.session.timeout.ms", "3000");
        return props;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("mwolo-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the embedded Kafka", e);
        }
    }

    /** The broker this JVM started at {@code bootstrapServers}, if any and still running. */
    public static Optional<SharedKafka> at(String bootstrapServers) {
        return Optional.ofNullable(RUNNING.get(bootstrapServers));
    }

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The super user, for tooling and for tests that play another producer; its password is new every start. */
    public KafkaCredentials admin() {
        return admin;
    }

    /**
     * A client's settings to reach this broker as {@code user}: {@code bootstrap.servers}, {@code security.protocol},
     * {@code sasl.mechanism} and {@code sasl.jaas.config}. Add serializers and the rest.
     */
    public Map<String, Object> clientProperties(KafkaCredentials user) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL);
        props.put(SaslConfigs.SASL_MECHANISM, KafkaCredentials.MECHANISM);
        props.put(SaslConfigs.SASL_JAAS_CONFIG, user.jaasConfig());
        return props;
    }

    /** {@link #clientProperties(KafkaCredentials)} as the admin: may do anything (publish forged events, read all). */
    public Map<String, Object> adminClientProperties() {
        return clientProperties(admin);
    }

    /**
     * Creates or updates {@code access}'s user with this password and exactly the ACLs of its row, and returns once
     * the broker applies them. Idempotent (the devstack calls it at every start).
     */
    public KafkaCredentials ensureUser(KafkaAccess access, String password) {
        synchronized (users) {
            KafkaCredentials credentials = accessControl.ensure(access, password);
            users.put(access.user(), credentials);
            applied.put(access.user(), access);
            return credentials;
        }
    }

    /**
     * The credentials of {@code access}'s user: created on first call with a random password and the row's ACLs,
     * the same password afterwards, its ACLs brought to {@code access} if they differ (tests: a service's own user,
     * or another one to play it).
     */
    public KafkaCredentials credentials(KafkaAccess access) {
        synchronized (users) {
            KafkaCredentials known = users.get(access.user());
            if (known != null && access.equals(applied.get(access.user()))) {
                return known;
            }
            return ensureUser(access, known != null ? known.password() : secret());
        }
    }

    /** The credentials of {@code service}'s user of the ACL table ({@link KafkaUsers#of(PlatformService)}). */
    public KafkaCredentials credentials(PlatformService service) {
        return credentials(KafkaUsers.of(service));
    }

    /**
     * Stops the broker as an operator would (a controlled shutdown), keeping its port and log directory: clients
     * lose it until {@link #startBroker()}. For tests of what a broker restart does to its clients. Harmless when
     * stopped already.
     */
    public void stopBroker() {
        if (closed.get()) {
            throw new IllegalStateException("Kafka is closed");
        }
        broker.stop();
        LOG.info("Kafka at {} stopped; its log directory is kept", bootstrapServers);
    }

    /**
     * Starts the broker {@link #stopBroker() stopped} on the same port and log directory: its topics, records,
     * committed offsets, users and ACLs are the ones it had (they live in its logs), and its clients reconnect on
     * their own. Returns once the admin can sign in again. Harmless when running.
     *
     * @throws IllegalStateException if it does not start (the port taken meanwhile by another program)
     */
    public void startBroker() {
        if (closed.get()) {
            throw new IllegalStateException("Kafka is closed");
        }
        long startedAt = System.nanoTime();
        broker.start();
        awaitAdmin();
        LOG.info("Kafka at {} started again in {} ms", bootstrapServers, (System.nanoTime() - startedAt) / 1_000_000);
    }

    /** Stops the broker; a throw-away broker's files are deleted. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            RUNNING.remove(bootstrapServers, this);
            try {
                broker.close();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not stop cleanly", e);
            }
        }
    }

    @Override
    public String toString() {
        return "SharedKafka[" + bootstrapServers + "]";
    }

    /** The KRaft server, which can be stopped and started again from the same configuration (ports, directory). */
    private static final class Broker implements AutoCloseable {

        private static final Duration PORT_WAIT = Duration.ofSeconds(10);

        private final KafkaConfig config;
        private final int port;
        private final Path dir;
        private final boolean deleteOnClose;
        private KafkaRaftServer server;
        private boolean ranBefore;

        Broker(KafkaConfig config, int port, Path dir, boolean deleteOnClose) {
            this.config = config;
            this.port = port;
            this.dir = dir;
            this.deleteOnClose = deleteOnClose;
        }

        synchronized void start() {
            if (server != null) {
                return;
            }
            long deadline = System.nanoTime() + PORT_WAIT.toNanos();
            while (true) {
                KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
                try {
                    starting.startup();
                    server = starting;
                    ranBefore = true;
                    return;
                } catch (RuntimeException e) {
                    starting.shutdown();
                    // Started again at once, the ports it held a moment ago may not be bindable yet.
                    if (ranBefore && System.nanoTime() < deadline && e.getMessage() != null
                            && e.getMessage().contains("bind")) {
                        pause();
                        continue;
                    }
                    throw new IllegalStateException("Kafka did not start on port " + port + " with log directory "
                            + dir, e);
                }
            }
        }

        synchronized void stop() {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
                server = null;
            }
        }

        @Override
        public synchronized void close() {
            stop();
            if (deleteOnClose) {
                Loopback.deleteRecursively(dir);
            }
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting Kafka", e);
            }
        }
    }
}
