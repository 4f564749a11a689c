package energy.mwolo.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (embedded binaries, no Docker) shared by everything in this JVM.
 *
 * <p>Tests call {@link #start()}: one server per JVM in a temporary directory on a free port, deleted at exit.
 * The devstack calls {@link #startPersistent(Path, int)}: the data directory is kept between runs.
 * Both are configured for logical decoding (the outbox relay reads the WAL) and stopped by a JVM shutdown hook.
 */
public final class SharedPostgres implements AutoCloseable {

    /** A service's own database and role, both named {@code mwolo_<service>}. */
    public record ServiceDatabase(String name, String jdbcUrl, String username, String password) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SharedPostgres.class);
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static SharedPostgres shared;

    private final EmbeddedPostgres postgres;
    private final Path logFile;
    private final Path deleteOnClose;

    private SharedPostgres(EmbeddedPostgres postgres, Path logFile, Path deleteOnClose) {
        this.postgres = postgres;
        this.logFile = logFile;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts, once per JVM, a throw-away server in a temporary directory on a free port; later calls return it.
     * Durability is traded for speed ({@code fsync=off}).
     */
    public static synchronized SharedPostgres start() {
        if (shared == null) {
            try {
                Path root = Files.createTempDirectory("mwolo-postgres-");
                Path logFile = root.resolve("postgres.log");
                EmbeddedPostgres.Builder builder = builder(root.resolve("data"), 0, logFile)
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off");
                shared = launch(builder, logFile, root);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a directory for the embedded PostgreSQL", e);
            }
        }
        return shared;
    }

    /**
     * Starts a server whose data directory survives the JVM, writing its log beside the data directory
     * ({@code <dataDir>.log}).
     *
     * @see #startPersistent(Path, int, Path)
     */
    public static SharedPostgres startPersistent(Path dataDir, int port) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return startPersistent(absolute, port, absolute.resolveSibling(absolute.getFileName() + ".log"));
    }

    /**
     * Starts a server whose data directory survives the JVM: initialised on first use, reused afterwards.
     * A server left running on that directory by a killed JVM is stopped first.
     *
     * @throws IllegalStateException if the port is taken by another program, or the server does not start
     *
     * @param dataDir the PostgreSQL data directory (created if missing)
     * @param port    the TCP port to listen on (loopback only)
     * @param logFile where the server's output is appended
     */
    public static synchronized SharedPostgres startPersistent(Path dataDir, int port, Path logFile) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + absolute, e);
        }
        stopOrphanedServer(absolute);
        Loopback.requireFree(port, "PostgreSQL");
        EmbeddedPostgres.Builder builder = builder(absolute, port, logFile).setCleanDataDirectory(false);
        return launch(builder, logFile, null);
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, int port, Path logFile) {
        Redirect log = Redirect.appendTo(logFile.toFile());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setLocaleConfig("locale", "C")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_replication_slots", "20")
                .setServerConfig("max_wal_senders", "20")
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC");
    }

    private static SharedPostgres launch(EmbeddedPostgres.Builder builder, Path logFile, Path deleteOnClose) {
        EmbeddedPostgres postgres;
        long startedAt = System.nanoTime();
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start; its log is " + logFile + ":\n" + LogFiles.tail(logFile, 30), e);
        }
        SharedPostgres started = new SharedPostgres(postgres, logFile, deleteOnClose);
        LOG.info("PostgreSQL started on port {} in {} ms (log: {})", started.port(),
                (System.nanoTime() - startedAt) / 1_000_000, logFile);
        StackShutdown.register("PostgreSQL", started);
        return started;
    }

    /** The TCP port the server listens on (loopback). */
    public int port() {
        return postgres.getPort();
    }

    /** The file the server writes its log to. */
    public Path logFile() {
        return logFile;
    }

    /** A JDBC URL for {@code database} on this server, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The superuser ({@code postgres}) on the {@code postgres} database. Dev and test only. */
    public DataSource superuserDataSource() {
        return dataSource("postgres", "postgres", null);
    }

    /**
     * The superuser ({@code postgres}) on {@code database}: what an attacker with full database access holds, for
     * tests that tamper with a service's data. Dev and test only.
     */
    public DataSource superuserDataSource(String database) {
        return dataSource(database, "postgres", null);
    }

    private DataSource dataSource(String database, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port()});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /**
     * Makes sure role and database {@code mwolo_<service>} exist, the role owning the database and allowed to log
     * in and to replicate (logical decoding). Idempotent and safe under concurrent callers, also from other JVMs
     * (a PostgreSQL advisory lock serialises them). The password equals the role name: dev and test only.
     *
     * @param service the service's short name ({@code "geo"}); a {@code -service} suffix is stripped and dashes
     *                become underscores
     */
    public ServiceDatabase ensureServiceDatabase(String service) {
        String name = "mwolo_" + shortName(service);
        try (Connection connection = superuserDataSource().getConnection()) {
            ServiceDatabases.ensureOwner(connection, name, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new ServiceDatabase(name, jdbcUrl(name), name, name);
    }

    /**
     * Makes sure the service's database exists ({@link #ensureServiceDatabase}) and beside its owner a runtime role
     * {@code mwolo_<service>_app} that may log in and connect to that database but owns nothing: the service's
     * migrations (run as the owner) grant it what it may do. Idempotent. The password equals the role name: dev and
     * test only.
     *
     * @param service the service's short name, as for {@link #ensureServiceDatabase}
     */
    public ServiceDatabase ensureRuntimeRole(String service) {
        ServiceDatabase database = ensureServiceDatabase(service);
        String role = database.name() + "_app";
        try (Connection connection = superuserDataSource().getConnection()) {
            ServiceDatabases.ensureRuntime(connection, database.name(), role, role);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create role " + role, e);
        }
        return new ServiceDatabase(database.name(), database.jdbcUrl(), role, role);
    }

    /** {@code "geo-service"} and {@code "geo"} give {@code "geo"}; {@code "my-thing"} gives {@code "my_thing"}. */
    static String shortName(String service) {
        String name = service == null ? "" : service.trim().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith("-service")) {
            name = name.substring(0, name.length() - "-service".length());
        }
        name = name.replace('-', '_');
        if (!SERVICE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a usable service name: '" + service + "'");
        }
        return name;
    }

    /** Stops the server (fast shutdown); a temporary server's files are deleted. Idempotent. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (deleteOnClose != null) {
                Loopback.deleteRecursively(deleteOnClose);
            }
        }
    }

    private static void stopOrphanedServer(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            orphan = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return; // unreadable: PostgreSQL itself decides whether it is stale
        }
        orphan.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .ifPresent(p -> {
                    System.err.println("[mwolo] stopping a PostgreSQL server left running on " + dataDir
                            + " (pid " + p.pid() + ")");
                    try {
                        // SIGINT is PostgreSQL's fast shutdown: disconnect clients, checkpoint, exit.
                        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + p.pid()
                                + ") left running on " + dataDir, e);
                    }
                });
    }

    @Override
    public String toString() {
        return "SharedPostgres[port=" + port() + "]";
    }
}
