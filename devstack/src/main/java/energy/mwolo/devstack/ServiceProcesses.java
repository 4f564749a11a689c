package energy.mwolo.devstack;

import energy.mwolo.platformtest.SharedPostgres.ServiceDatabase;
import energy.mwolo.platformtest.StackShutdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The services as child processes: launched with the stack's settings, awaited until ready, stopped in order. */
final class ServiceProcesses implements AutoCloseable {

    static final Duration READINESS_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String DEFAULT_JAVA_OPTS = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    record Running(DevStack.Service service, Process process, Path log, long startedAt) {
    }

    /** Who runs the migrations and who the service connects as; the same role unless the log is append-only. */
    record Credentials(ServiceDatabase owner, ServiceDatabase runtime) {

        static Credentials owned(ServiceDatabase database) {
            return new Credentials(database, database);
        }
    }

    private final Path root;
    private final Path home;
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    ServiceProcesses(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    synchronized void launch(DevStack.Service service, Path jar, Credentials database, String kafka)
            throws IOException {
        Path offsets = home.resolve(service.name()).resolve("offsets");
        Files.createDirectories(offsets);
        Path log = home.resolve("logs").resolve(service.name() + ".log");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String javaOpts = Optional.ofNullable(System.getenv("MWOLO_DEVSTACK_JAVA_OPTS")).orElse(DEFAULT_JAVA_OPTS);
        Arrays.stream(javaOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(command::add);
        command.add("-jar");
        command.add(jar.toString());

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "dev");
        env.put("SERVER_PORT", Integer.toString(service.port()));
        if (database != null) {
            env.put("SPRING_DATASOURCE_URL", database.runtime().jdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", database.runtime().username());
            env.put("SPRING_DATASOURCE_PASSWORD", database.runtime().password());
            env.put("SPRING_FLYWAY_USER", database.owner().username());
            env.put("SPRING_FLYWAY_PASSWORD", database.owner().password());
        }
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("MWOLO_OUTBOX_RELAY_OFFSET_DIR", offsets.toString());
        Path files = home.resolve(service.name()).resolve("files");
        env.put("MWOLO_STORAGE_ROOT", files.toString());
        env.put("MWOLO_STORAGE_FILESYSTEM_ROOT", files.toString());

        Process process = builder.start();
        Files.writeString(pidFile(home, service), Long.toString(process.pid()), StandardCharsets.US_ASCII);
        running.put(service.name(), new Running(service, process, log, System.nanoTime()));
    }

    synchronized List<Running> running() {
        return List.copyOf(running.values());
    }

    /** Waits for every launched service's readiness probe; returns the names of those that did not get ready. */
    List<String> awaitReadiness() throws InterruptedException {
        List<Running> pending = new ArrayList<>(running());
        List<String> failed = new ArrayList<>();
        while (!pending.isEmpty()) {
            for (Running service : List.copyOf(pending)) {
                String name = service.service().name();
                String logPath = root.relativize(service.log()).toString();
                if (!service.process().isAlive()) {
                    DevStack.say(name + " FAILED: it exited with code " + service.process().exitValue()
                            + " before getting ready; see " + logPath);
                    failed.add(name);
                    pending.remove(service);
                } else if (isReady(service.service().port())) {
                    DevStack.say(String.format(java.util.Locale.ROOT, "%s is ready (%.1f s)", name,
                            (System.nanoTime() - service.startedAt()) / 1e9));
                    pending.remove(service);
                } else if (System.nanoTime() - service.startedAt() > READINESS_TIMEOUT.toNanos()) {
                    DevStack.say(name + " FAILED: not ready after " + READINESS_TIMEOUT.toSeconds()
                            + " s; see " + logPath);
                    failed.add(name);
                    pending.remove(service);
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return failed;
    }

    private boolean isReady(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** From now on, says so when a service exits while the stack is not stopping. */
    void reportUnexpectedExits() {
        for (Running service : running()) {
            service.process().onExit().thenAccept(process -> {
                if (!StackShutdown.isShuttingDown()) {
                    DevStack.say(service.service().name() + " stopped unexpectedly (exit code " + process.exitValue()
                            + "); see " + root.relativize(service.log()));
                }
            });
        }
    }

    /** Stops every service: SIGTERM (Spring's graceful shutdown), then a forced kill after the grace period. */
    @Override
    public void close() {
        List<Running> all = running();
        long alive = all.stream().filter(service -> service.process().isAlive()).count();
        if (alive > 0) {
            DevStack.say("Stopping " + alive + " service(s)");
        }
        all.forEach(service -> service.process().destroy());
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Running service : all) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!service.process().waitFor(left, TimeUnit.NANOSECONDS)) {
                    DevStack.say(service.service().name() + " did not stop within " + STOP_GRACE.toSeconds()
                            + " s: killing it");
                    service.process().destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                service.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
            deleteQuietly(pidFile(home, service.service()));
        }
    }

    /** Stops services that a killed devstack left running (found through their pid files). */
    static void stopLeftovers(Path home, List<DevStack.Service> services) {
        for (DevStack.Service service : services) {
            Path pidFile = pidFile(home, service);
            if (!Files.isRegularFile(pidFile)) {
                continue;
            }
            try {
                long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
                ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().map(c -> c.contains(service.name())).orElse(false))
                        .ifPresent(p -> {
                            DevStack.say("Stopping " + service.name() + " left running by an earlier devstack (pid " + pid + ")");
                            p.destroy();
                            try {
                                p.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
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

    private static Path pidFile(Path home, DevStack.Service service) {
        Path dir = home.resolve(service.name());
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
