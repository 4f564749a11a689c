package energy.mwolo.embedded;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A platform service run from its executable jar as a child process, with the settings the devstack gives it: the
 * {@code dev} profile, its port, its own database and role in a {@link SharedPostgres}, a {@link SharedKafka}
 * broker, its outbox offsets and files under a state directory, and the URLs of the other services.
 *
 * <pre>{@code
 * ServiceProcess crm = ServiceProcess.launch(ServiceCatalogue.CRM, jar)
 *         .port(Loopback.freePort())
 *         .database(SharedPostgres.start())
 *         .kafka(SharedKafka.start().bootstrapServers())
 *         .peers(Map.of(ServiceCatalogue.IDENTITY, identity.baseUrl()))
 *         .start();
 * crm.awaitReady(Duration.ofMinutes(3));
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {

    /** How long a service may take to stop after SIGTERM (Spring's graceful shutdown) before it is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** Small heap, serial collector, quick start: a machine runs every service at once. */
    public static final List<String> DEFAULT_JAVA_OPTIONS =
            List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final PlatformService service;
    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final long startedAt;

    private ServiceProcess(PlatformService service, Process process, String baseUrl, Path log, long startedAt) {
        this.service = service;
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.startedAt = startedAt;
    }

    /** Prepares to run {@code service} from {@code jar}; nothing starts before {@link Launch#start()}. */
    public static Launch launch(PlatformService service, Path jar) {
        return new Launch(service, jar);
    }

    /** What a service is started with; every setter returns this launch. */
    public static final class Launch {
        private final PlatformService service;
        private final Path jar;
        private int port;
        private String host = "localhost";
        private ServiceDatabase owner;
        private ServiceDatabase runtime;
        private String kafka;
        private Path stateDirectory;
        private Path log;
        private Path workingDirectory;
        private String profile = "dev";
        private List<String> javaOptions = DEFAULT_JAVA_OPTIONS;
        private final Map<PlatformService, String> peers = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> arguments = new ArrayList<>();

        private Launch(PlatformService service, Path jar) {
            this.service = Objects.requireNonNull(service, "service");
            this.jar = Objects.requireNonNull(jar, "jar");
            this.port = service.port();
        }

        /** The HTTP port ({@code SERVER_PORT}); default: the catalogue's. */
        public Launch port(int port) {
            this.port = port;
            return this;
        }

        /** The host name in {@link ServiceProcess#baseUrl()}; default {@code localhost}. */
        public Launch host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Prepares the service's database and roles in {@code postgres} as its {@link PlatformService#database()}
         * kind asks: none; one owning role; or an owner for the migrations and an append-only runtime role.
         */
        public Launch database(SharedPostgres postgres) {
            switch (service.database()) {
                case NONE -> {
                    owner = null;
                    runtime = null;
                }
                case OWNED -> {
                    owner = postgres.ensureServiceDatabase(service.name());
                    runtime = owner;
                }
                case APPEND_ONLY -> {
                    owner = postgres.ensureServiceDatabase(service.name());
                    runtime = postgres.ensureRuntimeRole(service.name());
                }
            }
            return this;
        }

        /** The broker's {@code bootstrap.servers}. */
        public Launch kafka(String bootstrapServers) {
            this.kafka = bootstrapServers;
            return this;
        }

        /** Where the outbox relay keeps its offsets ({@code offsets/}) and the service its files ({@code files/}). */
        public Launch stateDirectory(Path directory) {
            this.stateDirectory = directory;
            return this;
        }

        /** Where the service's output goes; default {@code <state directory>/<module>.log}, overwritten. */
        public Launch log(Path log) {
            this.log = log;
            return this;
        }

        /** The process's working directory; default the state directory. */
        public Launch workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /** The Spring profile ({@code SPRING_PROFILES_ACTIVE}); default {@code dev}, {@code null} for none. */
        public Launch profile(String profile) {
            this.profile = profile;
            return this;
        }

        /** Options of the service's JVM; default {@link #DEFAULT_JAVA_OPTIONS}. */
        public Launch javaOptions(List<String> options) {
            this.javaOptions = List.copyOf(options);
            return this;
        }

        /**
         * Where the other services are, as base URLs: each becomes its {@link PlatformService#urlVariable()}, and
         * identity-service's also the token issuer every service and the gateway trust.
         */
        public Launch peers(Map<PlatformService, String> baseUrls) {
            this.peers.putAll(baseUrls);
            return this;
        }

        /** One more environment variable; set last, so it wins over the ones this launch derives. */
        public Launch environment(String name, String value) {
            this.environment.put(name, value);
            return this;
        }

        /** Command-line arguments of the service ({@code --name=value} outranks every other setting). */
        public Launch arguments(String... arguments) {
            this.arguments.addAll(List.of(arguments));
            return this;
        }

        /** Starts the service without waiting for it; see {@link ServiceProcess#awaitReady(Duration)}. */
        public ServiceProcess start() {
            try {
                Path state = stateDirectory != null ? stateDirectory
                        : Files.createTempDirectory("mwolo-" + service.module() + "-");
                Path offsets = Files.createDirectories(state.resolve("offsets"));
                Path files = Files.createDirectories(state.resolve("files"));
                Path output = log != null ? log : state.resolve(service.module() + ".log");
                Files.createDirectories(output.toAbsolutePath().getParent());

                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(javaOptions);
                command.add("-jar");
                command.add(jar.toAbsolutePath().toString());
                command.addAll(arguments);
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory((workingDirectory != null ? workingDirectory : state).toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(Redirect.to(output.toFile()));
                Map<String, String> env = builder.environment();
                if (profile != null) {
                    env.put("SPRING_PROFILES_ACTIVE", profile);
                }
                env.put("SERVER_PORT", Integer.toString(port));
                if (runtime != null) {
                    env.put("SPRING_DATASOURCE_URL", runtime.jdbcUrl());
                    env.put("SPRING_DATASOURCE_USERNAME", runtime.username());
                    env.put("SPRING_DATASOURCE_PASSWORD", runtime.password());
                    env.put("SPRING_FLYWAY_USER", owner.username());
                    env.put("SPRING_FLYWAY_PASSWORD", owner.password());
                }
                if (kafka != null) {
                    env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
                }
                env.put("MWOLO_OUTBOX_RELAY_OFFSET_DIR", offsets.toString());
                env.put("MWOLO_STORAGE_ROOT", files.toString());
                env.put("MWOLO_STORAGE_FILESYSTEM_ROOT", files.toString());
                peers.forEach((peer, url) -> env.put(peer.urlVariable(), url));
                String issuer = peers.get(ServiceCatalogue.IDENTITY);
                if (issuer != null) {
                    env.put("MWOLO_IDENTITY_ISSUER", issuer);
                    env.put("MWOLO_IDENTITY_JWKS_URI", issuer + "/.well-known/jwks.json");
                }
                env.putAll(environment);
                long startedAt = System.nanoTime();
                return new ServiceProcess(service, builder.start(), "http://" + host + ":" + port, output, startedAt);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + service.module() + " from " + jar, e);
            }
        }
    }

    public PlatformService service() {
        return service;
    }

    /** {@code http://<host>:<port>}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code; only once the process has exited. */
    public int exitValue() {
        return process.exitValue();
    }

    /** Completes when the process exits, whoever stopped it. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Time since the process was started. */
    public Duration uptime() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** Whether {@code /actuator/health/readiness} answers 200 now. */
    public boolean isReady() {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until the service is ready, counting from its start.
     *
     * @throws IllegalStateException when it exits first or is not ready in time; the message ends with its log
     */
    public ServiceProcess awaitReady(Duration timeout) {
        while (!isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with code " + process.exitValue()
                        + " before getting ready; " + tail(40));
            }
            if (uptime().compareTo(timeout) > 0) {
                throw new IllegalStateException(service.module() + " not ready after " + timeout.toSeconds() + " s; "
                        + tail(40));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.module(), e);
            }
        }
        return this;
    }

    /** The log's path and its last {@code lines} lines. */
    public String tail(int lines) {
        return "log " + log + ":\n" + LogFiles.tail(log, lines);
    }

    /** Stops the service: SIGTERM, then a forced kill after {@link #STOP_GRACE}. Harmless when stopped. */
    @Override
    public void close() {
        stopAll(List.of(this));
    }

    /** Stops services together: SIGTERM to all, then kills those still running after {@link #STOP_GRACE}. */
    public static void stopAll(Collection<ServiceProcess> services) {
        services.forEach(service -> service.process.destroy());
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ServiceProcess service : services) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!service.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    System.err.println("[mwolo] " + service.service.module() + " did not stop within "
                            + STOP_GRACE.toSeconds() + " s: killing it");
                    service.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                service.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return service.module() + "[" + baseUrl + ", pid " + process.pid() + "]";
    }
}
