package energy.mwolo.embedded;

import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a service is started with, from {@link ServiceProcess#launch(PlatformService, Path)}: the devstack's settings
 * by default, each overridable; every setter returns this launch, {@link #start()} starts the process.
 */
public final class ServiceLaunch {

    private final PlatformService service;
    private final Path jar;
    private int port;
    private Integer managementPort;
    private String host = "localhost";
    private ServiceDatabase owner;
    private ServiceDatabase runtime;
    private String kafka;
    private KafkaCredentials kafkaUser;
    private String smtpHost;
    private int smtpPort;
    private String smsGateway;
    private Path stateDirectory;
    private Path log;
    private Path workingDirectory;
    private String profile = "dev";
    private List<String> javaOptions = ServiceProcess.DEFAULT_JAVA_OPTIONS;
    private final Map<PlatformService, String> peers = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();

    ServiceLaunch(PlatformService service, Path jar) {
        this.service = Objects.requireNonNull(service, "service");
        this.jar = Objects.requireNonNull(jar, "jar");
        this.port = service.port();
    }

    /** The HTTP port ({@code SERVER_PORT}); default: the catalogue's. */
    public ServiceLaunch port(int port) {
        this.port = port;
        return this;
    }

    /**
     * The actuator's port ({@code MANAGEMENT_SERVER_PORT}), where the readiness probe is asked; default: the
     * catalogue's, or a free port when {@link #port(int)} moved the HTTP port off the catalogue's (so that launches
     * on free ports never collide on a fixed one).
     */
    public ServiceLaunch managementPort(int managementPort) {
        this.managementPort = managementPort;
        return this;
    }

    /** The host name in {@link ServiceProcess#baseUrl()}; default {@code localhost}. */
    public ServiceLaunch host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /**
     * Prepares the service's database and roles in {@code postgres} as its {@link PlatformService#database()}
     * kind asks: none; one owning role; or an owner for the migrations and an append-only runtime role.
     */
    public ServiceLaunch database(SharedPostgres postgres) {
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
    public ServiceLaunch kafka(String bootstrapServers) {
        this.kafka = bootstrapServers;
        return this;
    }

    /** The broker's {@code bootstrap.servers} and the Kafka user the service signs in as. */
    public ServiceLaunch kafka(String bootstrapServers, KafkaCredentials user) {
        this.kafka = bootstrapServers;
        this.kafkaUser = user;
        return this;
    }

    /**
     * The SMTP server the service sends its mails through ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}), such
     * as an {@link energy.mwolo.embedded.notifications.SmtpCatcher}'s.
     */
    public ServiceLaunch smtp(String host, int port) {
        this.smtpHost = Objects.requireNonNull(host, "host");
        this.smtpPort = port;
        return this;
    }

    /**
     * The broker, and the service's own user of the ACL table ({@link SharedKafka#credentials(PlatformService)},
     * created with its ACLs if new); a service without Kafka (the gateway) gets the address only.
     */
    public ServiceLaunch kafka(SharedKafka broker) {
        return kafka(broker.bootstrapServers(), KafkaUsers.find(service).map(broker::credentials).orElse(null));
    }

    /**
     * The SMS gateway's base URL ({@code MWOLO_SMS_BASE_URL}), such as an
     * {@link energy.mwolo.embedded.notifications.SmsSimulator}'s.
     */
    public ServiceLaunch smsGateway(String baseUrl) {
        this.smsGateway = Objects.requireNonNull(baseUrl, "baseUrl");
        return this;
    }

    /** Where the outbox relay keeps its offsets ({@code offsets/}) and the service its files ({@code files/}). */
    public ServiceLaunch stateDirectory(Path directory) {
        this.stateDirectory = directory;
        return this;
    }

    /** Where the service's output goes; default {@code <state directory>/<module>.log}, overwritten. */
    public ServiceLaunch log(Path log) {
        this.log = log;
        return this;
    }

    /** The process's working directory; default the state directory. */
    public ServiceLaunch workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /** The Spring profile ({@code SPRING_PROFILES_ACTIVE}); default {@code dev}, {@code null} for none. */
    public ServiceLaunch profile(String profile) {
        this.profile = profile;
        return this;
    }

    /** Options of the service's JVM; default {@link ServiceProcess#DEFAULT_JAVA_OPTIONS}. */
    public ServiceLaunch javaOptions(List<String> options) {
        this.javaOptions = List.copyOf(options);
        return this;
    }

    /**
     * Where the other services are, as base URLs: each becomes its {@link PlatformService#urlVariable()}, and
     * identity-service's also the token issuer every service and the gateway trust.
     */
    public ServiceLaunch peers(Map<PlatformService, String> baseUrls) {
        this.peers.putAll(baseUrls);
        return this;
    }

    /** One more environment variable; set last, so it wins over the ones this launch derives. */
    public ServiceLaunch environment(String name, String value) {
        this.environment.put(name, value);
        return this;
    }

    /** Command-line arguments of the service ({@code --name=value} outranks every other setting). */
    public ServiceLaunch arguments(String... arguments) {
        this.arguments.addAll(List.of(arguments));
        return this;
    }

    /** Starts the service without waiting for it; see {@link ServiceProcess#awaitReady(java.time.Duration)}. */
    public ServiceProcess start() {
        try {
            Path state = stateDirectory != null ? stateDirectory
                    : Files.createTempDirectory("mwolo-" + service.module() + "-");
            Path output = log != null ? log : state.resolve(service.module() + ".log");
            Files.createDirectories(output.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command())
                    .directory((workingDirectory != null ? workingDirectory : state).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(output.toFile()));
            int management = managementPort != null ? managementPort
                    : port == service.port() ? service.managementPort() : Loopback.freePort();
            builder.environment().putAll(environment(state, management));
            long startedAt = System.nanoTime();
            return new ServiceProcess(service, builder.start(), "http://" + host + ":" + port,
                    "http://" + host + ":" + management, output, startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module() + " from " + jar, e);
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        return command;
    }

    /** The variables the platform's services read, then the caller's own. */
    private Map<String, String> environment(Path state, int management) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        if (profile != null) {
            env.put("SPRING_PROFILES_ACTIVE", profile);
        }
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("MANAGEMENT_SERVER_PORT", Integer.toString(management));
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
        if (kafkaUser != null) {
            env.put("MWOLO_KAFKA_USERNAME", kafkaUser.username());
            env.put("MWOLO_KAFKA_PASSWORD", kafkaUser.password());
        }
        if (smtpHost != null) {
            env.put("SPRING_MAIL_HOST", smtpHost);
            env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
        }
        if (smsGateway != null) {
            env.put("MWOLO_SMS_BASE_URL", smsGateway);
        }
        env.put("MWOLO_OUTBOX_RELAY_OFFSET_DIR", Files.createDirectories(state.resolve("offsets")).toString());
        String files = Files.createDirectories(state.resolve("files")).toString();
        env.put("MWOLO_STORAGE_ROOT", files);
        env.put("MWOLO_STORAGE_FILESYSTEM_ROOT", files);
        peers.forEach((peer, url) -> env.put(peer.urlVariable(), url));
        String issuer = peers.get(ServiceCatalogue.IDENTITY);
        if (issuer != null) {
            env.put("MWOLO_IDENTITY_ISSUER", issuer);
            env.put("MWOLO_IDENTITY_JWKS_URI", issuer + "/.well-known/jwks.json");
        }
        env.putAll(environment);
        return env;
    }
}
