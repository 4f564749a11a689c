package energy.mwolo.gateway;

import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one gateway every integration test talks to, over real HTTP on loopback, with {@link Upstreams} behind it and
 * small limits so that tests reach them quickly. Subclasses add nothing to the configuration: one context for all.
 *
 * <p>Tests run as a trusted proxy (127.0.0.1, the load balancer's place), so each test names its own client address
 * with {@code X-Forwarded-For} and gets its own per-address rate limit buckets. {@code api.fromPeer("127.0.0.2")}
 * plays a client calling from anywhere else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mwolo.gateway.response-timeouts.operations=1s",
        "mwolo.gateway.circuit-breaker.sliding-window-size=4",
        "mwolo.gateway.circuit-breaker.minimum-number-of-calls=4",
        "mwolo.gateway.circuit-breaker.wait-in-open-state=2s",
        "mwolo.gateway.circuit-breaker.permitted-calls-in-half-open-state=2",
        "mwolo.gateway.rate-limits.login-per-ip.capacity=5",
        "mwolo.gateway.rate-limits.register-per-ip.capacity=2",
        "mwolo.gateway.rate-limits.password-reset-per-ip.capacity=2",
        "mwolo.gateway.rate-limits.public-post-per-ip.capacity=2",
        "mwolo.gateway.rate-limits.per-user.capacity=30",
        "mwolo.gateway.rate-limits.webhooks-per-ip.capacity=4",
        "mwolo.gateway.rate-limits.webhooks-per-provider.orange.capacity=3",
        "mwolo.gateway.rate-limits.webhooks-per-provider.airtel.capacity=1000",
        "mwolo.gateway.rate-limits.webhooks-other-provider.capacity=2",
        "mwolo.gateway.edge.body-size-overrides[/api/billing/webhooks/**]=16KB",
        "mwolo.gateway.edge.trusted-proxies=127.0.0.1/32,::1/128",
        "mwolo.gateway.edge.max-body-size=64KB",
        "mwolo.gateway.edge.hsts=max-age=31536000; includeSubDomains",
        "mwolo.gateway.cors.allowed-origins=https://portail.mwolo.test",
        "management.tracing.sampling.probability=1.0"})
public abstract class GatewayIT {

    protected static final String CORS_ORIGIN = "https://portail.mwolo.test";

    @LocalServerPort
    private int port;

    protected Api api;

    @DynamicPropertySource
    static void upstreamsAndIssuers(DynamicPropertyRegistry registry) {
        Upstreams.urls().forEach((service, url) -> registry.add("mwolo.gateway.upstreams." + service, () -> url));
        // Declaring issuers here replaces platform-test's list as a whole, so the test issuer is declared again.
        registry.add("mwolo.security.issuers[0].issuer", () -> TestTokens.ISSUER);
        registry.add("mwolo.security.issuers[0].jwk-set-location", () -> jwksFile("test", TestTokens.jwksJson()));
        registry.add("mwolo.security.issuers[1].issuer", () -> Tokens.SSO_ISSUER);
        registry.add("mwolo.security.issuers[1].jwk-set-location", () -> jwksFile("sso", Tokens.ssoJwks()));
        registry.add("mwolo.security.issuers[1].roles-claim", () -> "realm_access.roles");
        registry.add("mwolo.security.issuers[1].audience", () -> Tokens.SSO_AUDIENCE);
    }

    @BeforeEach
    void connectToTheGateway() {
        api = new Api("http://127.0.0.1:" + port);
    }

    protected int port() {
        return port;
    }

    private static String jwksFile(String name, String json) {
        try {
            Path file = Files.createTempFile("mwolo-gateway-" + name + "-", ".jwks.json");
            file.toFile().deleteOnExit();
            Files.writeString(file, json);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
