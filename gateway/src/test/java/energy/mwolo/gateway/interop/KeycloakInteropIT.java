package energy.mwolo.gateway.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTParser;
import energy.mwolo.gateway.StubUpstream;
import energy.mwolo.platformtest.Api;
import energy.mwolo.gateway.GeoServiceProcess;
import energy.mwolo.gateway.Upstreams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak as a trusted issuer: a real Keycloak 26 with the realm from {@code deploy/keycloak}, tokens by the
 * password grant, the gateway mapping {@code realm_access.roles} to our roles, and the real geo-service (its built
 * jar, as a child process, behind this gateway) reading our permissions from the {@code perms} claim, which Keycloak
 * fills with the user's {@code mwolo-platform} client roles. Runs in the {@code keycloak} Maven profile only (it
 * unpacks Keycloak and needs a Java 21+ runtime for it).
 */
@EnabledIfSystemProperty(named = "mwolo.keycloak.home", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakInteropIT {

    private static final String AUDIENCE = "mwolo-platform";
    private static final String ROLES_CLAIM = "realm_access.roles";
    private static final String PERMISSIONS_CLAIM = "perms";
    private static final String AGENCIES = "/api/agencies/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KeycloakServer keycloak;
    private static GeoServiceProcess geo;
    private static String kinshasa;

    @LocalServerPort
    private int port;

    private Api api;
    private Api geoService;

    @DynamicPropertySource
    static void keycloakAsTheIssuerAndTheRealGeoService(DynamicPropertyRegistry registry) {
        GeoServiceProcess.jar(); // fails before anything starts when geo-service is not built
        keycloak = KeycloakServer.launch();
        // geo-service fetches Keycloak's keys at the first token it sees: both can start at the same time.
        geo = GeoServiceProcess.trustingExternalIssuer(keycloak.issuer(), keycloak.jwksUri(), ROLES_CLAIM,
                PERMISSIONS_CLAIM, AUDIENCE);
        keycloak.awaitReady();
        System.out.printf("[keycloak] realm ready at %s in %d s; geo-service at %s%n", keycloak.issuer(),
                keycloak.startedIn().toSeconds(), geo.url());
        Upstreams.urls().forEach((service, url) -> registry.add("mwolo.gateway.upstreams." + service, () -> url));
        registry.add("mwolo.gateway.upstreams.geo", geo::url);
        // Keycloak as the external issuer, beside platform-test's (identity-service's) issuer list, as an operator
        // adds it (MWOLO_SECURITY_EXTERNALISSUER_*).
        registry.add("mwolo.security.external-issuer.issuer", keycloak::issuer);
        registry.add("mwolo.security.external-issuer.jwk-set-uri", keycloak::jwksUri);
        registry.add("mwolo.security.external-issuer.roles-claim", () -> ROLES_CLAIM);
        registry.add("mwolo.security.external-issuer.permissions-claim", () -> PERMISSIONS_CLAIM);
        registry.add("mwolo.security.external-issuer.audience", () -> AUDIENCE);
    }

    @AfterAll
    static void stopGeoServiceAndKeycloak() {
        try {
            if (geo != null) {
                geo.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
        geoService = new Api(geo.url());
    }

    @Test
    void issuesTokensForOurAudienceWithOurRoleNames() throws Exception {
        Map<String, Object> claims = claims(admin());

        assertThat(claims.get("iss")).isEqualTo(keycloak.issuer());
        assertThat(claims.get("aud").toString()).contains(AUDIENCE);
        assertThat(((Map<?, ?>) claims.get("realm_access")).get("roles").toString()).contains("ADMIN");
    }

    @Test
    void carriesEachRolesPermissionsOfTheSeededMatrixInPerms() throws Exception {
        List<String> admin = permissions(admin());
        List<String> hr = permissions(keycloak.passwordGrant("hr.test"));
        List<String> client = permissions(client());

        assertThat(admin).hasSize(60)
                .contains("geo:create", "geo:update", "geo:delete", "agencies:create", "agencies:read",
                        "agencies:update", "agencies:delete", "accounts:update", "billing:approve")
                .doesNotContain("core:read", "core:update");
        assertThat(hr).containsExactlyInAnyOrder("hr:create", "hr:read", "hr:update", "hr:delete", "hr:export",
                "hr:approve", "crm:read", "geo:read", "agencies:read");
        assertThat(client).containsExactlyInAnyOrder("billing:read", "crm:read", "support:create", "support:read");
    }

    @Test
    void letsAnAdminTokenReachAnAdminOnlyRoute() {
        String token = admin();

        Api.Reply reply = api.get("/api/accounts/users/").as(token).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(StubUpstream.forwarded(reply, "authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void refusesAClientTokenThereButLetsItReachItsTickets() {
        String token = client();

        Api.Reply admin = api.get("/api/accounts/users/").as(token).send();
        Api.Reply tickets = api.get("/api/support/tickets/").as(token).send();

        assertThat(admin.status()).as(admin.toString()).isEqualTo(403);
        assertThat(admin.code()).isEqualTo("auth.permission_denied");
        assertThat(tickets.status()).as(tickets.toString()).isEqualTo(200);
    }

    @Test
    void refusesATamperedKeycloakToken() {
        String token = keycloak.passwordGrant("employee.test");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        assertThat(api.get("/api/hr/employees/").as(forged).send().status()).isEqualTo(401);
        assertThat(api.get("/api/hr/employees/").as(token).send().status()).isEqualTo(200);
        assertThat(geoService.post(AGENCIES, agencyBody("Agence falsifiée")).as(forged).send().status())
                .isEqualTo(401);
    }

    @Test
    void letsAnAdminTokenOpenAnAgencyAtGeoServiceItselfAndThroughTheGateway() {
        String token = admin();

        Api.Reply direct = geoService.post(AGENCIES, agencyBody("Agence Keycloak directe")).as(token).send();
        Api.Reply routed = api.post(AGENCIES, agencyBody("Agence Keycloak via la passerelle")).as(token).send();

        assertThat(direct.status()).as(direct.toString()).isEqualTo(201);
        assertThat(direct.json().path("code").asString()).startsWith("AG-KN-");
        assertThat(routed.status()).as(routed.toString()).isEqualTo(201);
        assertThat(routed.json().path("code").asString()).startsWith("AG-KN-");
        Api.Reply readBack = api.get(routed.header("Location")).as(token).send();
        assertThat(readBack.status()).as(readBack.toString()).isEqualTo(200);
        assertThat(readBack.json().path("name").asString()).isEqualTo("Agence Keycloak via la passerelle");
    }

    @Test
    void refusesAClientTokenOpeningAnAgencyAtGeoServiceItselfAndAtTheGateway() {
        String token = client();
        String name = "Agence refusée " + UUID.randomUUID().toString().substring(0, 8);

        Api.Reply direct = geoService.post(AGENCIES, agencyBody(name)).as(token).send();
        Api.Reply routed = api.post(AGENCIES, agencyBody(name)).as(token).send();

        // geo-service's own check: the token is valid there, it just lacks agencies:create.
        assertThat(direct.status()).as(direct.toString()).isEqualTo(403);
        assertThat(direct.contentType()).startsWith("application/problem+json");
        assertThat(direct.code()).isEqualTo("auth.permission_denied");
        // The gateway's rule table refuses it before geo-service sees it.
        assertThat(routed.status()).as(routed.toString()).isEqualTo(403);
        assertThat(routed.code()).isEqualTo("auth.permission_denied");
        assertThat(count(geoService.get(AGENCIES + "?search=" + name.substring(name.length() - 8))
                .as(admin()).send())).isZero();
    }

    @Test
    void letsAdminAndClientTokensReadAgenciesAtGeoServiceAndThroughTheGateway() {
        for (String token : List.of(admin(), client())) {
            Api.Reply direct = geoService.get(AGENCIES).as(token).send();
            Api.Reply routed = api.get(AGENCIES).as(token).send();

            assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
            assertThat(direct.json().has("results")).isTrue();
            assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
            assertThat(routed.json().has("results")).isTrue();
        }
    }

    @Test
    void letsGeoServiceShowAClosedAgencyToAKeycloakRoleWithAgenciesReadOnly() {
        String admin = admin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply opened = api.post(AGENCIES, agencyBody("Agence fermée " + tag)).as(admin).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        Api.Reply closed = api.method("DELETE", opened.header("Location")).as(admin).send();
        String search = AGENCIES + "?is_active=false&search=" + tag;
        Api.Reply asHr = api.get(search).as(keycloak.passwordGrant("hr.test")).send();
        Api.Reply asClient = api.get(search).as(client()).send();

        assertThat(closed.status()).as(closed.toString()).isEqualTo(204);
        assertThat(count(asHr)).as(asHr.toString()).isEqualTo(1);
        assertThat(count(asClient)).as(asClient.toString()).isZero();
    }

    private static String admin() {
        return keycloak.passwordGrant("admin.test");
    }

    private static String client() {
        return keycloak.passwordGrant("client.test");
    }

    private static Map<String, Object> claims(String token) throws Exception {
        return JWTParser.parse(token).getJWTClaimsSet().getClaims();
    }

    private static List<String> permissions(String token) throws Exception {
        return JWTParser.parse(token).getJWTClaimsSet().getStringListClaim(PERMISSIONS_CLAIM);
    }

    private static long count(Api.Reply list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().path("count").asLong();
    }

    /** A valid agency in Kinshasa (geo-service's reference data), as its API takes it. */
    private String agencyBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", kinshasa());
        body.put("name", name);
        body.put("address", "1 avenue de la Justice");
        body.put("phone", "+243 81 555 0101");
        body.put("email", "agence@mwolo.energy");
        body.put("latitude", -4.3217);
        body.put("longitude", 15.3126);
        body.put("opening_hours", "Lun-Ven 8h-16h, Sam 8h-12h");
        return JSON.writeValueAsString(body);
    }

    private String kinshasa() {
        if (kinshasa == null) {
            kinshasa = provinceId("CD-KN");
        }
        return kinshasa;
    }

    private String provinceId(String isoCode) {
        Api.Reply provinces = geoService.get("/api/geo/provinces/?page_size=100").send();
        assertThat(provinces.status()).as(provinces.toString()).isEqualTo(200);
        return StreamSupport.stream(provinces.json().path("results").spliterator(), false)
                .filter(province -> isoCode.equals(province.path("iso_code").asString()))
                .map(province -> province.path("id").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + isoCode + " in geo-service's provinces: " + provinces));
    }
}
