package energy.mwolo.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.Claims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SigningKeysIT extends AbstractApiIT {

    private static final String JWKS = "/.well-known/jwks.json";

    @Test
    void theJwksPublishesPublicRsaSigningKeysOnly() {
        String kid = Claims.header(accounts.root().access()).path("kid").asString();

        Api.Reply reply = api.get(JWKS).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("max-age=300");
        assertThat(kids()).contains(kid);
        for (JsonNode key : reply.json().path("keys")) {
            assertThat(key.path("kty").asString()).isEqualTo("RSA");
            assertThat(key.path("use").asString()).isEqualTo("sig");
            assertThat(key.path("alg").asString()).isEqualTo("RS256");
            assertThat(key.path("n").asString()).hasSizeGreaterThan(300);
            assertThat(key.path("e").asString()).isEqualTo("AQAB");
            assertThat(key.has("d") || key.has("p") || key.has("q") || key.has("dp") || key.has("dq")
                    || key.has("qi")).as("private parts in " + key).isFalse();
        }
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndItsKeys() {
        JsonNode discovery = api.get("/.well-known/openid-configuration").send().json();

        assertThat(discovery.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(ISSUER + JWKS);
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(ISSUER + "/api/auth/login/");
        assertThat(discovery.path("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS256\"]");
        assertThat(discovery.path("claims_supported").toString()).contains("perms", "agency_id");
    }

    @Test
    void afterARotationTheNewKeySignsAndOldTokensStayValidUntilTheyExpire() {
        Accounts.Created created = accounts.create("CLIENT");
        String before = accounts.signIn(created.email(), Accounts.PASSWORD).access();
        String oldKid = Claims.header(before).path("kid").asString();

        Api.Reply rotated = api.post("/api/core/signing-keys/rotate/", null).as(accounts.root().access()).send();

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        String newKid = rotated.json().path("kid").asString();
        assertThat(rotated.json().path("state").asString()).isEqualTo("signing");
        String after = accounts.signIn(created.email(), Accounts.PASSWORD).access();
        assertThat(Claims.header(after).path("kid").asString()).isEqualTo(newKid).isNotEqualTo(oldKid);
        assertThat(me(before).status()).isEqualTo(200);
        assertThat(me(after).status()).isEqualTo(200);
        assertThat(kids()).contains(oldKid, newKid);
        assertThat(states()).contains(oldKid + "=retired", newKid + "=signing");

        clock.advance(Duration.ofMinutes(17).plusSeconds(1));

        assertThat(kids()).contains(newKid).doesNotContain(oldKid);
        assertThat(me(before).status()).isEqualTo(401);
        assertThat(me(accounts.signIn(created.email(), Accounts.PASSWORD).access()).status()).isEqualTo(200);
    }

    @Test
    void onlySuperAdminsRotateKeys() {
        String admin = accounts.signedIn("ADMIN").access();

        assertThat(api.post("/api/core/signing-keys/rotate/", null).as(admin).send().status()).isEqualTo(403);
        assertThat(api.get("/api/core/signing-keys/").as(admin).send().status()).isEqualTo(403);
    }

    private Api.Reply me(String access) {
        return api.get("/api/auth/me/").as(access).send();
    }

    private List<String> kids() {
        List<String> kids = new ArrayList<>();
        api.get(JWKS).send().json().path("keys").forEach(key -> kids.add(key.path("kid").asString()));
        return kids;
    }

    private List<String> states() {
        List<String> states = new ArrayList<>();
        api.get("/api/core/signing-keys/").as(accounts.root().access()).send().json()
                .forEach(key -> states.add(key.path("kid").asString() + "=" + key.path("state").asString()));
        return states;
    }
}
