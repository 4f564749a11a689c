package energy.mwolo.gateway.interop;

import energy.mwolo.gateway.Loopback;
import energy.mwolo.embedded.StackShutdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak ({@code keycloak-quarkus-dist}, unpacked by the {@code keycloak} Maven profile) as a child process
 * on loopback: {@code start-dev} with an in-memory database and {@code deploy/keycloak/mwolo-realm.json} imported.
 * The realm ships users without passwords: once Keycloak is up, each gets a random password through the admin API,
 * as a temporary administrator whose random password exists only in this run. Keycloak needs Java 21 or newer:
 * {@code mwolo.keycloak.java-home} (from {@code KEYCLOAK_JAVA_HOME}), else this JVM if it is recent enough, else the
 * newest JDK 21+ found beside it.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "mwolo";
    static final String CLIENT_ID = "mwolo-interop-test";
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String ADMIN = "bootstrap-admin";

    private final Process process;
    private final int port;
    private final Path log;
    private final long launchedAt;
    private final String adminPassword;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private Duration startedIn;

    private KeycloakServer(Process process, int port, Path log, long launchedAt, String adminPassword) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launchedAt = launchedAt;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak without waiting: its URLs are known at once, so other processes can be started meanwhile;
     * {@link #awaitReady()} before asking it for tokens.
     */
    static KeycloakServer launch() {
        Path home = Path.of(required("mwolo.keycloak.home"));
        Path realm = Path.of(required("mwolo.keycloak.realm"));
        Path javaHome = javaHome();
        int port = Loopback.freePort();
        int managementPort = Loopback.freePort();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("mwolo-realm.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path log = Files.createTempFile("keycloak-", ".log");
            List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--hostname-strict=false", "--db=dev-mem", "--import-realm", "--log-level=WARN");
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(Redirect.to(log.toFile()));
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().put("JAVA", javaHome.resolve("bin/java").toString());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            String adminPassword = randomPassword();
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            long launchedAt = System.nanoTime();
            KeycloakServer server = new KeycloakServer(builder.start(), port, log, launchedAt, adminPassword);
            StackShutdown.register("Keycloak", server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    Duration startedIn() {
        return startedIn;
    }

    /**
     * An access token for {@code username} of the realm by the password grant (direct access grants on the test
     * client), with the password this run gave the user.
     */
    String passwordGrant(String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalStateException(username + " is not a user of the realm " + passwords.keySet());
        }
        HttpResponse<String> response = send(tokenRequest(issuer(), CLIENT_ID, username, password));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Password grant refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** Waits (at most five minutes from the launch) until the realm is served, then gives its users passwords. */
    KeycloakServer awaitReady() {
        if (startedIn == null) {
            awaitRealm();
            givePasswords();
            startedIn = Duration.ofNanos(System.nanoTime() - launchedAt);
        }
        return this;
    }

    /** A random password for every user of the realm, set by the temporary administrator. */
    private void givePasswords() {
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> token = send(tokenRequest(base + "/realms/master", "admin-cli", ADMIN, adminPassword));
        if (token.statusCode() != 200) {
            throw new IllegalStateException("The temporary administrator cannot sign in: " + token.statusCode() + " "
                    + token.body());
        }
        String bearer = "Bearer " + JSON.readTree(token.body()).path("access_token").asString();
        String users = base + "/admin/realms/" + REALM + "/users";
        HttpResponse<String> listed = send(HttpRequest.newBuilder(URI.create(users + "?max=100"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", bearer).GET().build());
        for (var user : JSON.readTree(listed.body())) {
            String password = randomPassword();
            String body = JSON.writeValueAsString(Map.of("type", "password", "value", password, "temporary", false));
            HttpResponse<String> reset = send(HttpRequest.newBuilder(
                            URI.create(users + "/" + user.path("id").asString() + "/reset-password"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
            if (reset.statusCode() / 100 != 2) {
                throw new IllegalStateException("Could not set the password of " + user.path("username").asString()
                        + ": " + reset.statusCode() + " " + reset.body());
            }
            passwords.put(user.path("username").asString(), password);
        }
        if (passwords.isEmpty()) {
            throw new IllegalStateException("The realm has no users: " + listed.statusCode() + " " + listed.body());
        }
    }

    private static HttpRequest tokenRequest(String realm, String client, String username, String password) {
        String form = "grant_type=password&client_id=" + client + "&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return "Kc-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void awaitRealm() {
        long deadline = launchedAt + STARTUP.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; log: " + tail());
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak not ready after " + STARTUP + "; log: " + tail());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return log.toString();
        }
    }

    /** The JDK to run Keycloak with: the configured one, this one if 21+, or the newest 21+ beside this one. */
    static Path javaHome() {
        String configured = System.getProperty("mwolo.keycloak.java-home", "");
        if (!configured.isBlank() && !configured.startsWith("${") && Files.isExecutable(Path.of(configured, "bin", "java"))) {
            return Path.of(configured);
        }
        Path current = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= 21) {
            return current;
        }
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(current.getParent())) {
            siblings.filter(p -> Files.isExecutable(p.resolve("bin/java"))).forEach(candidates::add);
        } catch (IOException e) {
            // nothing beside this JDK
        }
        return candidates.stream()
                .filter(p -> featureVersion(p).orElse(0) >= 21)
                .max(java.util.Comparator.comparing(p -> featureVersion(p).orElse(0)))
                .orElseThrow(() -> new IllegalStateException("Keycloak needs Java 21+: set KEYCLOAK_JAVA_HOME"));
    }

    private static Optional<Integer> featureVersion(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").split("[.+-]")[0])
                    .map(Integer::parseInt)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: run with -Pkeycloak");
        }
        return value;
    }


    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        Loopback.stop(process);
    }
}
