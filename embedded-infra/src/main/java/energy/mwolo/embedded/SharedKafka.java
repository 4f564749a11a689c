package energy.mwolo.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real Kafka broker (KRaft, one node acting as broker and controller, in this JVM).
 *
 * <p>Tests call {@link #start()}: one throw-away broker per JVM on a free port, its files deleted when it stops.
 * The devstack calls {@link #startPersistent(Path, int)}: the log directory is kept between runs. Topics are created
 * on first use with {@value #PARTITIONS} partitions. Both are stopped by {@link StackShutdown}.
 */
public final class SharedKafka implements AutoCloseable {

    /** Partitions of an auto-created topic. */
    public static final int PARTITIONS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(SharedKafka.class);
    private static final int START_ATTEMPTS = 3;
    private static SharedKafka shared;

    private final String bootstrapServers;
    private final AutoCloseable broker;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SharedKafka(String bootstrapServers, AutoCloseable broker) {
        this.bootstrapServers = bootstrapServers;
        this.broker = broker;
    }

    /** Starts, once per JVM, a throw-away single-node broker on a free port; later calls return it. */
    public static synchronized SharedKafka start() {
        if (shared == null) {
            Path dir = tempDir();
            // The free port is only free when asked: another process may take it before the broker binds it.
            for (int attempt = 1; shared == null; attempt++) {
                try {
                    shared = launch(dir, Loopback.freePort(), true);
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
     * Starts a single-node broker whose log directory survives the JVM: formatted on first use, reused afterwards.
     *
     * @param logDir the broker's log (data) directory, created if missing
     * @param port   the client port on 127.0.0.1; the controller listens on another, free port
     * @throws IllegalStateException if the port is taken, or the broker does not start
     */
    public static synchronized SharedKafka startPersistent(Path logDir, int port) {
        Loopback.requireFree(port, "Kafka");
        return launch(logDir.toAbsolutePath().normalize(), port, false);
    }

    private static SharedKafka launch(Path dir, int port, boolean deleteOnClose) {
        long startedAt = System.nanoTime();
        int controllerPort = Loopback.freePort();
        Map<String, Object> props = new HashMap<>(brokerDefaults());
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.toString());
        props.put("metadata.log.dir", dir.toString());
        format(dir);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw new IllegalStateException("Kafka did not start on port " + port + " with log directory " + dir, e);
        }
        SharedKafka started = new SharedKafka("127.0.0.1:" + port, () -> {
            server.shutdown();
            server.awaitShutdown();
            if (deleteOnClose) {
                Loopback.deleteRecursively(dir);
            }
        });
        StackShutdown.register("Kafka", started);
        LOG.info("Kafka started at {} in {} ms (data: {})", started.bootstrapServers(),
                (System.nanoTime() - startedAt) / 1_000_000, dir);
        return started;
    }

    /** A new directory is formatted with a fresh cluster id; an existing one keeps its own. */
    private static void format(Path dir) {
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

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker; a throw-away broker's files are deleted. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
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
}
