package energy.mwolo.gateway.saga;

import energy.mwolo.gateway.Loopback;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.StackShutdown;
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
import java.util.List;
import java.util.Map;

/**
 * A real platform service from its built jar, as a child process on loopback: its own database in this JVM's shared
 * PostgreSQL, the shared Kafka broker, the dev profile, and whatever extra environment the caller adds.
 */
final class ServiceJarProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceJarProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The module's built jar ({@code mwolo.<module>.jar}, else the sibling module's target); fails when missing. */
    static Path jar(String module) {
        Path jar = Path.of(System.getProperty("mwolo." + module + ".jar",
                "../" + module + "/target/" + module + "-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + "'s jar is missing (" + jar + "): build it first, e.g. "
                    + "./mvnw -DskipTests -pl " + module + " -am package (the full reactor builds it before the "
                    + "gateway)");
        }
        return jar;
    }

    /** A free loopback port, to know a service's address before it starts. */
    static int freePort() {
        return Loopback.freePort();
    }

    /** Starts {@code module} on {@code port} with database {@code database} and waits until it is ready. */
    static ServiceJarProcess start(String module, String database, int port, Map<String, String> extraEnv) {
        Path jar = jar(module);
        SharedPostgres.ServiceDatabase db = SharedPostgres.start().ensureServiceDatabase(database);
        String kafka = SharedKafka.start().bootstrapServers();
        try {
            Path work = Files.createTempDirectory("mwolo-gateway-" + module + "-");
            Path log = work.resolve(module + ".log");
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString(),
                    "--server.address=127.0.0.1", "--logging.level.root=WARN");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Redirect.to(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "dev");
            env.put("SERVER_PORT", Integer.toString(port));
            env.put("SPRING_DATASOURCE_URL", db.jdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", db.username());
            env.put("SPRING_DATASOURCE_PASSWORD", db.password());
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
            env.put("MWOLO_OUTBOX_RELAY_OFFSET_DIR", Files.createDirectories(work.resolve("offsets")).toString());
            env.putAll(extraEnv);
            ServiceJarProcess service = new ServiceJarProcess(module, builder.start(), port, log);
            StackShutdown.register(module, service);
            try {
                service.awaitReady();
            } catch (RuntimeException e) {
                service.close();
                throw e;
            }
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log: " + tail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + STARTUP + "; log: " + tail());
    }

    /** The last lines of the service's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return log.toString();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the service (SIGTERM, then killed after 20 s); harmless when already stopped. */
    @Override
    public void close() {
        Loopback.stop(process);
    }
}
