package energy.mwolo.devstack;

import energy.mwolo.platformtest.SharedKafka;
import energy.mwolo.platformtest.SharedPostgres;
import energy.mwolo.platformtest.StackShutdown;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Runs the platform on one machine: one embedded PostgreSQL (a database per service), one Kafka broker and every
 * service whose jar is built, each as a child process. Data is kept under {@code .devstack/} between runs; Ctrl-C
 * stops everything. Run it from the repository root, normally through {@code ./devstack}.
 */
public final class DevStack {

    /** A service the stack runs: its module (and jar) name, HTTP port and database. Add new services here. */
    record Service(String name, int port, Database database) {
    }

    /** What a service keeps in PostgreSQL, and so which roles the stack prepares for it. */
    enum Database {
        /** No database (the gateway). */
        NONE,
        /** A database owned by the service's role, which migrations and the service both use. */
        OWNED,
        /** Migrations as the owner; the service runs as a role that may only read and append. */
        APPEND_ONLY
    }

    static final List<Service> SERVICES = List.of(
            new Service("identity-service", 8081, Database.OWNED),
            new Service("geo-service", 8082, Database.OWNED),
            new Service("crm-service", 8084, Database.OWNED),
            new Service("audit-service", 8089, Database.APPEND_ONLY),
            new Service("gateway", 8080, Database.NONE));

    static final String VERSION = "0.1.0-SNAPSHOT";

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        long startedAt = System.nanoTime();
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("devstack"))) {
            fail("Run the devstack from the repository root (./devstack.sh), not from " + root);
        }
        Path home = root.resolve(".devstack");
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);
        int postgresPort = port("MWOLO_DEVSTACK_POSTGRES_PORT", 5433);
        int kafkaPort = port("MWOLO_DEVSTACK_KAFKA_PORT", 9092);

        StackShutdown.register("devstack", () -> say("Mwolo devstack stopped."));
        ServiceProcesses.stopLeftovers(home, SERVICES);

        say("Starting PostgreSQL on port " + postgresPort + " (data: .devstack/postgres)");
        SharedPostgres postgres = null;
        try {
            postgres = SharedPostgres.startPersistent(home.resolve("postgres"), postgresPort,
                    logs.resolve("postgres.log"));
        } catch (IllegalStateException e) {
            fail(e.getMessage() + "\n(another port: MWOLO_DEVSTACK_POSTGRES_PORT; log: .devstack/logs/postgres.log)");
        }
        StackShutdown.register("PostgreSQL message", () -> say("Stopping PostgreSQL"));

        say("Starting Kafka on port " + kafkaPort + " (data: .devstack/kafka)");
        SharedKafka kafka = null;
        try {
            kafka = SharedKafka.startPersistent(home.resolve("kafka"), kafkaPort);
        } catch (IllegalStateException e) {
            fail(e.getMessage() + "\n(another port: MWOLO_DEVSTACK_KAFKA_PORT; log: .devstack/logs/kafka.log)");
        }
        StackShutdown.register("Kafka message", () -> say("Stopping Kafka"));

        ServiceProcesses services = new ServiceProcesses(root, home);
        StackShutdown.register("services", services);
        List<String> skipped = new ArrayList<>();
        for (Service service : SERVICES) {
            Path jar = root.resolve(service.name()).resolve("target").resolve(service.name() + "-" + VERSION + ".jar");
            if (!isExecutableJar(jar)) {
                skipped.add(service.name());
                say("Skipping " + service.name() + ": " + root.relativize(jar)
                        + " is not built as an executable jar (./mvnw -B -q -DskipTests install)");
                continue;
            }
            requireFree(service.port(), service.name());
            ServiceProcesses.Credentials database = switch (service.database()) {
                case NONE -> null;
                case OWNED -> ServiceProcesses.Credentials.owned(postgres.ensureServiceDatabase(service.name()));
                case APPEND_ONLY -> new ServiceProcesses.Credentials(postgres.ensureServiceDatabase(service.name()),
                        postgres.ensureRuntimeRole(service.name()));
            };
            say("Starting " + service.name() + " on port " + service.port() + " (log: .devstack/logs/" + service.name() + ".log)");
            services.launch(service, jar, database, kafka.bootstrapServers());
        }

        List<String> failed = services.awaitReadiness();
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        StringBuilder summary = new StringBuilder()
                .append(failed.isEmpty() ? "Mwolo devstack is ready" : "Mwolo devstack started with failures")
                .append(String.format(Locale.ROOT, " in %.1f s%n", seconds))
                .append(String.format("  %-20s %s (user postgres, no password; a database per service)%n",
                        "PostgreSQL", postgres.jdbcUrl("postgres")))
                .append(String.format("  %-20s %s%n", "Kafka", kafka.bootstrapServers()));
        for (ServiceProcesses.Running running : services.running()) {
            summary.append(String.format("  %-20s http://127.0.0.1:%d %s%n", running.service().name(),
                    running.service().port(), failed.contains(running.service().name()) ? "NOT READY" : ""));
        }
        for (String name : skipped) {
            summary.append(String.format("  %-20s skipped (jar not built)%n", name));
        }
        summary.append("Data and logs are under .devstack/. Press Ctrl-C to stop.");
        say(summary.toString());
        services.reportUnexpectedExits();

        new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops everything
    }

    /** A Spring Boot jar names its launcher in the manifest; a missing or placeholder jar does not. */
    static boolean isExecutableJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(variable + " must be a TCP port number, not '" + value + "'");
        return fallback;
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            fail("Port " + port + " for " + what + " is in use by another program");
        }
    }

    static void say(String message) {
        System.out.println("[devstack] " + message);
        System.out.flush();
    }

    private static void fail(String message) {
        System.err.println("[devstack] " + message);
        System.exit(2); // the shutdown hook stops whatever had started
    }
}
