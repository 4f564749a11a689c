package energy.mwolo.gateway.benchmark;

import energy.mwolo.gateway.Loopback;
import energy.mwolo.platformtest.SharedKafka;
import energy.mwolo.platformtest.SharedPostgres;
import energy.mwolo.platformtest.StackShutdown;
import energy.mwolo.platformtest.TestTokens;
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
 * The real geo-service, from its built jar, as a child process: its own database in this JVM's shared PostgreSQL,
 * the shared Kafka broker, and platform-test's token issuer, so it validates the same tokens as the gateway.
 */
final class GeoServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private GeoServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static GeoServiceProcess start() {
        Path jar = Path.of(System.getProperty("mwolo.geo.jar", "../geo-service/target/geo-service-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build geo-service first (./mvnw -pl geo-service -am package): no " + jar);
        }
        SharedPostgres.ServiceDatabase database = SharedPostgres.start().ensureServiceDatabase("geo");
        String kafka = SharedKafka.start().bootstrapServers();
        int port = Loopback.freePort();
        try {
            Path work = Files.createTempDirectory("mwolo-bench-geo-");
            Path jwks = Files.writeString(work.resolve("jwks.json"), TestTokens.jwksJson());
            Path log = work.resolve("geo-service.log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString(),
                    // Command-line arguments replace the issuer list of geo's application.yml as a whole.
                    "--mwolo.security.issuers[0].issuer=" + TestTokens.ISSUER,
                    "--mwolo.security.issuers[0].jwk-set-location=" + jwks.toUri(),
                    "--mwolo.security.audience=" + TestTokens.AUDIENCE,
                    "--logging.level.root=WARN");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Redirect.to(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("SERVER_PORT", Integer.toString(port));
            env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", database.username());
            env.put("SPRING_DATASOURCE_PASSWORD", database.password());
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
            env.put("MWOLO_OUTBOX_RELAY_OFFSET_DIR", Files.createDirectories(work.resolve("offsets")).toString());
            GeoServiceProcess geo = new GeoServiceProcess(builder.start(), port, log);
            StackShutdown.register("geo-service", geo);
            geo.awaitReady();
            return geo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("geo-service exited with " + process.exitValue() + "; see " + log);
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
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("geo-service not ready after " + STARTUP + "; see " + log);
    }


    @Override
    public void close() {
        Loopback.stop(process);
    }
}
