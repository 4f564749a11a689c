package energy.mwolo.systemtests;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.embedded.notifications.SmsSimulator;
import energy.mwolo.embedded.notifications.SmtpCatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A set of real services, and the gateway in front of them if asked, from their jars, for a test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RunningPlatform platform = RunningPlatform.of(ServiceCatalogue.IDENTITY, ServiceCatalogue.CRM)
 *         .withGateway();
 * ... platform.gatewayUrl() + "/api/auth/register/" ... platform.url(ServiceCatalogue.CRM) ...
 * }</pre>
 *
 * <p>Each service runs as the devstack runs it (embedded-infra's {@code ServiceProcess}: {@code dev} profile, its
 * own database in this JVM's one {@code SharedPostgres}, the one {@link SharedKafka}) on a free loopback port, knowing
 * every other service's URL; identity-service is the token issuer all of them trust. Every service mails to this
 * JVM's {@link #mails() SMTP catcher} and sends SMS to its {@link #sms() SMS simulator}, as in the devstack. A
 * service of the catalogue that is not started gets a closed port, so the gateway answers 503 for it. The gateway's rate limits are off (every
 * scenario comes from one address) unless a test sets {@code MWOLO_RATE_LIMITS_ENABLED} for it.
 *
 * <p>One set runs at a time: test classes asking for the same services and settings share it (their data too: use
 * fresh identifiers); a class asking for another set stops it first. The last one stops when the JVM exits. When a
 * test or a set-up method fails, the end of every service's log is printed and attached to the failure.
 */
public final class RunningPlatform implements BeforeAllCallback, BeforeEachCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static RunningServices current;
    private static Path work;

    private final Set<PlatformService> services;
    private final Map<PlatformService, Map<String, Supplier<String>>> environment;

    private RunningPlatform(Set<PlatformService> services,
            Map<PlatformService, Map<String, Supplier<String>>> environment) {
        this.services = services;
        this.environment = environment;
    }

    /** These services, without the gateway (see {@link #withGateway()}). */
    public static RunningPlatform of(PlatformService... services) {
        Set<PlatformService> set = new LinkedHashSet<>(List.of(services));
        RunningPlatform platform = new RunningPlatform(set, new LinkedHashMap<>());
        return platform.environment(ServiceCatalogue.GATEWAY, "MWOLO_RATE_LIMITS_ENABLED", "false");
    }

    /** The gateway too, started after the others. */
    public RunningPlatform withGateway() {
        services.add(ServiceCatalogue.GATEWAY);
        return this;
    }

    /** One more environment variable for one service; it wins over what the launcher derives. */
    public RunningPlatform environment(PlatformService service, String name, String value) {
        return environment(service, name, () -> value);
    }

    /**
     * One more environment variable whose value is known only once the test class starts, such as the port of a
     * server that an extension registered before this one starts (give both fields an {@code @Order}). Read when the
     * class starts, before the services do; two classes share a running set when the values they read are equal.
     */
    public RunningPlatform environment(PlatformService service, String name, Supplier<String> value) {
        environment.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /** A started service's base URL ({@code http://127.0.0.1:<port>}, no trailing slash). */
    public String url(PlatformService service) {
        return running().process(service).baseUrl();
    }

    /** A service's actuator (health, Prometheus), on its management port. */
    public String managementUrl(PlatformService service) {
        return running().process(service).managementUrl();
    }

    /** The gateway's base URL. */
    public String gatewayUrl() {
        return url(ServiceCatalogue.GATEWAY);
    }

    /** The SMTP catcher every service mails to; one per JVM, so it holds earlier classes' mails: use fresh addresses. */
    public SmtpCatcher mails() {
        return RunningServices.mails();
    }

    /** The SMS gateway simulator every service is given as {@code MWOLO_SMS_BASE_URL} (one per JVM, like the mails). */
    public SmsSimulator sms() {
        return RunningServices.sms();
    }

    /** The broker every service uses. */
    public String kafkaBootstrapServers() {
        return SharedKafka.start().bootstrapServers();
    }

    /**
     * Stops a started service and starts it again with these variables on top of its settings, on the same ports,
     * database and state directory (its outbox offsets and files), then waits until it is ready: to change a setting
     * in the middle of a scenario, and to show that nothing is lost or sent twice across a restart. Later classes
     * asking for the original settings get a fresh set.
     */
    public void restart(PlatformService service, Map<String, String> environment) {
        running().restart(service, Map.copyOf(environment));
    }

    /**
     * Kills a started service at once (SIGKILL: no graceful shutdown, whatever it was doing left unfinished), as a
     * crash would; {@link #restart} starts it again. Until then the checks before each test find it exited.
     */
    public void kill(PlatformService service) {
        running().process(service).kill();
    }

    /** The end of a started service's log, with its path. */
    public String log(PlatformService service) {
        return running().process(service).tail(RunningServices.LOG_LINES);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningPlatform.class) {
            RunningServices.Spec wanted = new RunningServices.Spec(Set.copyOf(services), resolvedEnvironment());
            if (current != null && !current.spec().equals(wanted)) {
                current.close();
                current = null;
            }
            if (current == null) {
                current = RunningServices.start(wanted, workDirectory().resolve("run-" + RUNS.incrementAndGet()));
                StackShutdown.register("system-test services", current);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running().requireAlive();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLogs(failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw withLogs(failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw withLogs(failure);
    }

    private static Throwable withLogs(Throwable failure) {
        RunningServices stack;
        synchronized (RunningPlatform.class) {
            stack = current;
        }
        if (stack != null) {
            String logs = stack.logs();
            System.err.println(logs);
            failure.addSuppressed(new ServiceLogs(logs));
        }
        return failure;
    }

    private Map<PlatformService, Map<String, String>> resolvedEnvironment() {
        Map<PlatformService, Map<String, String>> resolved = new LinkedHashMap<>();
        environment.forEach((service, variables) -> resolved.put(service, variables.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, variable -> variable.getValue().get()))));
        return Map.copyOf(resolved);
    }

    private static RunningServices running() {
        synchronized (RunningPlatform.class) {
            if (current == null) {
                throw new IllegalStateException("No services are running: register RunningPlatform as a static "
                        + "@RegisterExtension field");
            }
            return current;
        }
    }

    /**
     * Emptied once per JVM: outbox relay offsets left by an earlier run point past the positions of this run's new
     * database, and the relay would skip every event.
     */
    private static Path workDirectory() {
        if (work == null) {
            try {
                String configured = System.getProperty("mwolo.system-tests.work", "");
                if (configured.isBlank()) {
                    work = Files.createTempDirectory("mwolo-system-tests-");
                } else {
                    work = Path.of(configured);
                    deleteRecursively(work);
                    Files.createDirectories(work);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return work;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The services' logs attached to a failure; its stack trace would say nothing. */
    static final class ServiceLogs extends RuntimeException {

        ServiceLogs(String logs) {
            super(logs, null, false, false);
        }
    }
}
