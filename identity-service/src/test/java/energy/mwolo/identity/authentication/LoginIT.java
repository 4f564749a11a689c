package energy.mwolo.identity.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.Claims;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginIT extends AbstractApiIT {

    private static final String WRONG = "Not-The-Right-Password-42";

    @Test
    void signingInAnswersTokensTheAccountAndItsRole() {
        UUID employee = UUID.randomUUID();
        Accounts.Created created = accounts.create("EMPLOYEE", Map.of("employee", employee.toString()));

        Api.Reply reply = api.post("/api/auth/login/", Map.of("email", created.email().toUpperCase(),
                "password", Accounts.PASSWORD)).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(900);
        assertThat(body.path("role").asString()).isEqualTo("EMPLOYEE");
        assertThat(body.path("user").path("id").asString()).isEqualTo(created.id().toString());
        assertThat(body.path("user").path("email").asString()).isEqualTo(created.email());
        assertThat(body.path("user").path("post_name").asString()).isEqualTo("Mbombo");
        assertThat(body.path("refresh").asString()).hasSizeGreaterThan(40);
        assertThat(body.toString()).doesNotContain("password", "argon2");
    }

    @Test
    void theAccessTokenCarriesTheClaimsOfTheArchitecture() {
        UUID employee = UUID.randomUUID();
        Accounts.Created created = accounts.create("EMPLOYEE", Map.of("employee", employee.toString()));

        String access = accounts.signIn(created.email(), Accounts.PASSWORD).access();
        JsonNode header = Claims.header(access);
        JsonNode claims = Claims.of(access);

        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        assertThat(header.path("kid").asString()).isNotBlank();
        assertThat(claims.path("sub").asString()).isEqualTo(created.id().toString());
        assertThat(claims.path("iss").asString()).isEqualTo(ISSUER);
        assertThat(claims.path("aud").toString()).contains("mwolo-platform");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
        assertThat(claims.path("nbf").asLong()).isEqualTo(claims.path("iat").asLong());
        assertThat(claims.path("jti").asString()).isNotBlank();
        assertThat(strings(claims.path("roles"))).containsExactly("EMPLOYEE");
        assertThat(strings(claims.path("perms"))).containsExactlyInAnyOrder("hr:read", "hr:create");
        assertThat(claims.path("employee_id").asString()).isEqualTo(employee.toString());
        assertThat(claims.has("client_id")).isFalse();
        assertThat(claims.has("agency_id")).isFalse();
    }

    @Test
    void olderFrontendsMaySendTheEmailAsUsername() {
        Accounts.Created created = accounts.create("HR");

        Api.Reply reply = api.post("/api/auth/login/", Map.of("username", created.email(),
                "password", Accounts.PASSWORD)).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void anUnknownAccountAndAWrongPasswordGetTheSameAnswerInSimilarTime() {
        Accounts.Created created = accounts.create("CLIENT");
        String nobody = Accounts.uniqueEmail("nobody");
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownAccount = new ArrayList<>();
        Api.Reply wrong = null;
        Api.Reply unknown = null;

        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            wrong = accounts.attempt(created.email(), WRONG);
            wrongPassword.add(System.nanoTime() - start);
            start = System.nanoTime();
            unknown = accounts.attempt(nobody, WRONG);
            unknownAccount.add(System.nanoTime() - start);
        }

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json()).isEqualTo(wrong.json());
        assertThat(wrong.code()).isEqualTo("auth.invalid_credentials");
        // Both pay one Argon2 check; the fastest of three keeps the comparison steady on a busy machine.
        long fastestWrong = wrongPassword.stream().min(Long::compare).orElseThrow();
        long fastestUnknown = unknownAccount.stream().min(Long::compare).orElseThrow();
        assertThat(fastestUnknown).as("unknown %d ns vs wrong %d ns", fastestUnknown, fastestWrong)
                .isBetween(fastestWrong / 3, fastestWrong * 3);
    }

    @Test
    void anAddressThatFailsTooOftenIsRefusedEvenWithTheRightPassword() {
        Accounts.Created created = accounts.create("CLIENT");
        for (int i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
            String nobody = "ghost" + (i / 4) + "." + created.id() + "@example.cd";
            assertThat(accounts.attempt(nobody, WRONG).status()).isEqualTo(401);
        }

        Api.Reply blocked = accounts.attempt(created.email(), Accounts.PASSWORD);
        Api.Reply elsewhere = new Accounts(api.from(newClientAddress()))
                .attempt(created.email(), Accounts.PASSWORD);

        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(429);
        assertThat(elsewhere.status()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPassword() {
        Accounts.Created created = accounts.create("SALES_AGENT");
        api.post("/api/accounts/users/" + created.id() + "/disable/", null).as(accounts.root().access()).send();

        assertThat(accounts.attempt(created.email(), WRONG).status()).isEqualTo(401);
        Api.Reply right = accounts.attempt(created.email(), Accounts.PASSWORD);
        assertThat(right.status()).isEqualTo(403);
        assertThat(right.code()).isEqualTo("auth.account_disabled");
    }

    @Test
    void aMissingIdentifierOrPasswordIsABadRequest() {
        assertThat(api.post("/api/auth/login/", Map.of("password", WRONG)).send().fieldsInError())
                .containsExactly("email");
        assertThat(api.post("/api/auth/login/", Map.of("email", "a@example.cd")).send().fieldsInError())
                .containsExactly("password");
    }

    @Test
    void aStaleAuthorizationHeaderDoesNotStopASignIn() {
        Accounts.Created created = accounts.create("CLIENT");

        Api.Reply reply = api.post("/api/auth/login/", Map.of("email", created.email(), "password", Accounts.PASSWORD))
                .as("expired.or.broken").send();

        assertThat(reply.status()).isEqualTo(200);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
