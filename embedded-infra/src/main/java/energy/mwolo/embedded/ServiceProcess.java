package energy.mwolo.embedded;

import energy.mwolo.contracts.services.PlatformService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A platform service run from its executable jar as a child process, with the settings the devstack gives it: the
 * {@code dev} profile, its port and management port, its own database and role in a {@link SharedPostgres}, a {@link SharedKafka}
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
    private final String managementUrl;
    private final Path log;
    private final long startedAt;

    ServiceProcess(PlatformService service, Process process, String baseUrl, String managementUrl, Path log,
            long startedAt) {
        this.service = service;
        this.process = process;
        this.baseUrl = baseUrl;
        this.managementUrl = managementUrl;
        this.log = log;
        this.startedAt = startedAt;
    }

    /** Prepares to run {@code service} from {@code jar}; nothing starts before {@link ServiceLaunch#start()}. */
    public static ServiceLaunch launch(PlatformService service, Path jar) {
        return new ServiceLaunch(service, jar);
    }

    public PlatformService service() {
        return service;
    }

    /** {@code http://<host>:<port>}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@code http://<host>:<management port>}: the actuator (health, Prometheus), never routed by the gateway. */
    public String managementUrl() {
        return managementUrl;
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

    /** Whether {@code /actuator/health/readiness} on the management port answers 200 now. */
    public boolean isReady() {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(managementUrl + PlatformService.READINESS))
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

    /**
     * Kills the service at once (SIGKILL): no graceful shutdown, no transaction or offset commit finished, as a
     * crash or an out-of-memory kill would leave it. Returns once it has exited. Harmless when stopped.
     */
    public void kill() {
        try {
            if (!process.destroyForcibly().waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(service.module() + " still runs 10 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + service.module(), e);
        }
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
        return service.module() + "[" + baseUrl + ", management " + managementUrl + ", pid " + process.pid() + "]";
    }
}
