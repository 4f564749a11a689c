package energy.mwolo.gateway;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.ServiceLaunch;
import energy.mwolo.embedded.ServiceProcess;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.StackShutdown;
import energy.mwolo.platformtest.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real geo-service, from the jar Maven resolved for the {@code keycloak} and {@code benchmark} profiles, as a
 * child process on loopback (embedded-infra's launcher): its own database in this JVM's shared PostgreSQL, the shared
 * Kafka broker, and the token issuer the test names (platform-test's, or Keycloak), so it validates the same tokens
 * as the gateway in front of it.
 */
public final class GeoServiceProcess implements AutoCloseable {

    /** The jar's path, set by the Maven profiles from the geo-service artifact. */
    public static final String JAR_PROPERTY = "mwolo.geo.jar";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final ServiceProcess process;

    private GeoServiceProcess(ServiceProcess process) {
        this.process = process;
    }

    /** The jar Maven resolved; fails with what to do when the test runs outside those profiles. */
    public static Path jar() {
        String jar = System.getProperty(JAR_PROPERTY, "");
        if (jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("geo-service's jar is not resolved (" + JAR_PROPERTY + "='" + jar + "'): "
                    + "run this test through Maven with -Pkeycloak or -Pbenchmark, which depend on geo-service, "
                    + "e.g. ./mvnw -Pbenchmark -pl gateway -am verify");
        }
        return Path.of(jar);
    }

    /** Trusting platform-test's issuer, as the gateway tests' identity-service tokens need. */
    public static GeoServiceProcess trustingTestIssuer() {
        Path work = tempDir();
        Path jwks = work.resolve("jwks.json");
        try {
            Files.writeString(jwks, TestTokens.jwksJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(work, List.of(
                "--mwolo.security.issuers[0].issuer=" + TestTokens.ISSUER,
                "--mwolo.security.issuers[0].jwk-set-location=" + jwks.toUri(),
                "--mwolo.security.issuers[0].identity=true",
                "--mwolo.security.audience=" + TestTokens.AUDIENCE));
    }

    /**
     * Trusting, besides its own identity issuer (its application.yml's list, kept), an external one (Keycloak) with
     * its keys at {@code jwkSetUri}, roles and permissions under these (dotted) claims, and tokens for
     * {@code audience}: given by the environment variables an operator sets (docker-compose.yml's
     * {@code MWOLO_SECURITY_EXTERNALISSUER_*}).
     */
    public static GeoServiceProcess trustingExternalIssuer(String issuer, String jwkSetUri, String rolesClaim,
            String permissionsClaim, String audience) {
        return start(tempDir(), List.of(), Map.of(
                "MWOLO_SECURITY_EXTERNALISSUER_ISSUER", issuer,
                "MWOLO_SECURITY_EXTERNALISSUER_JWKSETURI", jwkSetUri,
                "MWOLO_SECURITY_EXTERNALISSUER_ROLESCLAIM", rolesClaim,
                "MWOLO_SECURITY_EXTERNALISSUER_PERMISSIONSCLAIM", permissionsClaim,
                "MWOLO_SECURITY_EXTERNALISSUER_AUDIENCE", audience));
    }

    private static GeoServiceProcess start(Path work, List<String> securityArguments) {
        return start(work, securityArguments, Map.of());
    }

    private static GeoServiceProcess start(Path work, List<String> securityArguments,
                                           Map<String, String> environment) {
        // Command-line arguments replace the issuer list of geo's application.yml as a whole.
        List<String> arguments = new ArrayList<>(securityArguments);
        arguments.add("--server.address=127.0.0.1");
        arguments.add("--management.server.address=127.0.0.1");
        arguments.add("--logging.level.root=WARN");
        ServiceLaunch launch = ServiceProcess.launch(ServiceCatalogue.GEO, jar())
                .port(Loopback.freePort())
                .managementPort(Loopback.freePort())
                .host("127.0.0.1")
                // No profile: the benchmark measures geo-service as deployed, without the dev profile's debug logs.
                .profile(null)
                .database(SharedPostgres.start())
                .kafka(SharedKafka.start())
                .stateDirectory(work)
                .arguments(arguments.toArray(String[]::new));
        environment.forEach(launch::environment);
        ServiceProcess geo = launch.start();
        StackShutdown.register("geo-service", geo);
        try {
            geo.awaitReady(STARTUP);
        } catch (RuntimeException e) {
            geo.close();
            throw e;
        }
        return new GeoServiceProcess(geo);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("mwolo-gateway-geo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return process.baseUrl();
    }

    /** Stops the service (SIGTERM, then killed after 20 s); harmless when already stopped. */
    @Override
    public void close() {
        process.close();
    }
}
