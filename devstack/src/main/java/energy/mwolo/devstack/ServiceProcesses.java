package energy.mwolo.devstack;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.embedded.ServiceProcess;
import energy.mwolo.embedded.StackShutdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The devstack's services: awaited together until ready, watched for unexpected exits, stopped together, and
 * remembered in pid files so that the next run stops what a killed devstack left running.
 */
final class ServiceProcesses implements AutoCloseable {

    static final Duration READINESS_TIMEOUT = Duration.ofSeconds(180);

    private final Path root;
    private final Path home;
    private final List<ServiceProcess> running = new ArrayList<>();

    ServiceProcesses(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    synchronized void add(ServiceProcess service) throws IOException {
        Files.writeString(pidFile(home, service.service()), Long.toString(service.pid()), StandardCharsets.US_ASCII);
        running.add(service);
    }

    synchronized List<ServiceProcess> running() {
        return List.copyOf(running);
    }

    /** Waits for every service's readiness probe; returns the modules of those that did not get ready. */
    List<String> awaitReadiness() throws InterruptedException {
        List<ServiceProcess> pending = new ArrayList<>(running());
        List<String> failed = new ArrayList<>();
        while (!pending.isEmpty()) {
            for (ServiceProcess service : List.copyOf(pending)) {
                String module = service.service().module();
                String logPath = root.relativize(service.log()).toString();
                if (!service.isAlive()) {
                    DevStack.say(module + " FAILED: it exited with code " + service.exitValue()
                            + " before getting ready; see " + logPath);
                    failed.add(module);
                    pending.remove(service);
                } else if (service.isReady()) {
                    DevStack.say(String.format(Locale.ROOT, "%s is ready (%.1f s)", module,
                            service.uptime().toMillis() / 1e3));
                    pending.remove(service);
                } else if (service.uptime().compareTo(READINESS_TIMEOUT) > 0) {
                    DevStack.say(module + " FAILED: not ready after " + READINESS_TIMEOUT.toSeconds()
                            + " s; see " + logPath);
                    failed.add(module);
                    pending.remove(service);
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return failed;
    }

    /** From now on, says so when a service exits while the stack is not stopping. */
    void reportUnexpectedExits() {
        for (ServiceProcess service : running()) {
            service.onExit().thenAccept(process -> {
                if (!StackShutdown.isShuttingDown()) {
                    DevStack.say(service.service().module() + " stopped unexpectedly (exit code "
                            + process.exitValue() + "); see " + root.relativize(service.log()));
                }
            });
        }
    }

    /** Stops every service: SIGTERM (Spring's graceful shutdown), then a forced kill after the grace period. */
    @Override
    public void close() {
        List<ServiceProcess> all = running();
        long alive = all.stream().filter(ServiceProcess::isAlive).count();
        if (alive > 0) {
            DevStack.say("Stopping " + alive + " service(s)");
        }
        ServiceProcess.stopAll(all);
        all.forEach(service -> deleteQuietly(pidFile(home, service.service())));
    }

    /** Stops services that a killed devstack left running (found through their pid files). */
    static void stopLeftovers(Path home, List<PlatformService> services) {
        for (PlatformService service : services) {
            Path pidFile = home.resolve(service.module()).resolve("pid");
            if (!Files.isRegularFile(pidFile)) {
                continue;
            }
            try {
                long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
                ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().map(c -> c.contains(service.module())).orElse(false))
                        .ifPresent(p -> {
                            DevStack.say("Stopping " + service.module() + " left running by an earlier devstack (pid "
                                    + pid + ")");
                            p.destroy();
                            try {
                                p.onExit().get(ServiceProcess.STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
                            } catch (Exception e) {
                                p.destroyForcibly();
                            }
                        });
            } catch (IOException | NumberFormatException e) {
                // unreadable pid file: nothing to stop
            }
            deleteQuietly(pidFile);
        }
    }

    private static Path pidFile(Path home, PlatformService service) {
        Path dir = home.resolve(service.module());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("pid");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // harmless
        }
    }
}
