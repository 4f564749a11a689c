package energy.mwolo.gateway.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTParser;
import energy.mwolo.gateway.Api;
import energy.mwolo.gateway.Upstreams;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keycloak as an extra trusted issuer: a real Keycloak 26 with the realm from {@code deploy/keycloak}, tokens by the
 * password grant, and the gateway mapping {@code realm_access.roles} to our roles. Runs in the {@code keycloak}
 * Maven profile only (it unpacks Keycloak and needs a Java 21+ runtime for it).
 */
@EnabledIfSystemProperty(named = "mwolo.keycloak.home", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakInteropIT {

    private static KeycloakServer keycloak;

    @LocalServerPort
    private int port;

    private Api api;

    @DynamicPropertySource
    static void keycloakAsASecondIssuer(DynamicPropertyRegistry registry) {
        keycloak = KeycloakServer.start();
        System.out.printf("[keycloak] realm ready at %s in %d s%n", keycloak.issuer(), keycloak.startedIn().toSeconds());
        Upstreams.urls().forEach((service, url) -> registry.add("mwolo.gateway.upstreams." + service, () -> url));
        // Replaces platform-test's issuer list: Keycloak is the only issuer this gateway trusts.
        registry.add("mwolo.security.issuers[0].issuer", keycloak::issuer);
        registry.add("mwolo.security.issuers[0].jwk-set-uri", keycloak::jwksUri);
        registry.add("mwolo.security.issuers[0].roles-claim", () -> "realm_access.roles");
        registry.add("mwolo.security.issuers[0].audience", () -> "mwolo-platform");
    }

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
    }

    @Test
    void issuesTokensForOurAudienceWithOurRoleNames() throws Exception {
        Map<String, Object> claims = JWTParser.parse(keycloak.passwordGrant("admin.test", "admin-Test-2026"))
                .getJWTClaimsSet().getClaims();

        assertThat(claims.get("iss")).isEqualTo(keycloak.issuer());
        assertThat(claims.get("aud").toString()).contains("mwolo-platform");
        assertThat(((Map<?, ?>) claims.get("realm_access")).get("roles").toString()).contains("ADMIN");
    }

    @Test
    void letsAnAdminTokenReachAnAdminOnlyRoute() {
        String token = keycloak.passwordGrant("admin.test", "admin-Test-2026");

        Api.Reply reply = api.get("/api/accounts/users/").as(token).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.forwarded("authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void refusesAClientTokenThereButLetsItReachItsTickets() {
        String token = keycloak.passwordGrant("client.test", "client-Test-2026");

        Api.Reply admin = api.get("/api/accounts/users/").as(token).send();
        Api.Reply tickets = api.get("/api/support/tickets/").as(token).send();

        assertThat(admin.status()).as(admin.toString()).isEqualTo(403);
        assertThat(admin.code()).isEqualTo("auth.permission_denied");
        assertThat(tickets.status()).as(tickets.toString()).isEqualTo(200);
    }

    @Test
    void refusesATamperedKeycloakToken() {
        String token = keycloak.passwordGrant("employee.test", "employee-Test-2026");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        assertThat(api.get("/api/hr/employees/").as(forged).send().status()).isEqualTo(401);
        assertThat(api.get("/api/hr/employees/").as(token).send().status()).isEqualTo(200);
    }
}
