package energy.mwolo.gateway;

import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.StackShutdown;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The real geo-service, from its built jar, as a child process on loopback: its own database in this JVM's shared
 * PostgreSQL, the shared Kafka broker, and the token issuer the test names (platform-test's, or Keycloak), so it
 * validates the same tokens as the gateway in front of it.
 */
public final class GeoServiceProcess implements AutoCloseable {

    /** Where the jar is: the Maven profiles pass it, else the sibling module's {@code target}. */
    public static final String JAR_PROPERTY = "mwolo.geo.jar";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private GeoServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The built jar; fails with what to do when it is missing. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "../geo-service/target/geo-service-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("geo-service's jar is missing (" + jar + "): build geo-service first, "
                    + "e.g. ./mvnw -DskipTests -pl geo-service -am package (the full reactor builds it before "
                    + "the gateway)");
        }
        return jar;
    }

    /** Trusting platform-test's issuer, as the gateway tests' identity-service tokens need. */
    public static GeoServiceProcess trustingTestIssuer() {
        return start(work -> {
            Path jwks = write(work.resolve("jwks.json"), TestTokens.jwksJson());
            return List.of(
                    "--mwolo.security.issuers[0].issuer=" + TestTokens.ISSUER,
                    "--mwolo.security.issuers[0].jwk-set-location=" + jwks.toUri(),
                    "--mwolo.security.audience=" + TestTokens.AUDIENCE);
        });
    }

    /**
     * Trusting one other issuer only (Keycloak), with its keys at {@code jwkSetUri}, roles and permissions under
     * these (dotted) claims, and tokens for {@code audience}.
     */
    public static GeoServiceProcess trustingIssuer(String issuer, String jwkSetUri, String rolesClaim,
            String permissionsClaim, String audience) {
        return start(work -> List.of(
                "--mwolo.security.issuers[0].issuer=" + issuer,
                "--mwolo.security.issuers[0].jwk-set-uri=" + jwkSetUri,
                "--mwolo.security.issuers[0].roles-claim=" + rolesClaim,
                "--mwolo.security.issuers[0].permissions-claim=" + permissionsClaim,
                "--mwolo.security.issuers[0].audience=" + audience));
    }

    private static GeoServiceProcess start(Function<Path, List<String>> securityArguments) {
        Path jar = jar();
        SharedPostgres.ServiceDatabase database = SharedPostgres.start().ensureServiceDatabase("geo");
        String kafka = SharedKafka.start().bootstrapServers();
        int port = Loopback.freePort();
        try {
            Path work = Files.createTempDirectory("mwolo-gateway-geo-");
            Path log = work.resolve("geo-service.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString()));
            // Command-line arguments replace the issuer list of geo's application.yml as a whole.
            command.addAll(securityArguments.apply(work));
            command.add("--server.address=127.0.0.1");
            command.add("--logging.level.root=WARN");
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
            try {
                geo.awaitReady();
            } catch (RuntimeException e) {
                geo.close();
                throw e;
            }
            return geo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("geo-service exited with " + process.exitValue() + "; log: " + tail());
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
        throw new IllegalStateException("geo-service not ready after " + STARTUP + "; log: " + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return log.toString();
        }
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the service (SIGTERM, then killed after 20 s); harmless when already stopped. */
    @Override
    public void close() {
        Loopback.stop(process);
    }
}
