package energy.mwolo.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.Claims;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UserAdministrationIT extends AbstractApiIT {

    private static final String USERS = "/api/accounts/users/";

    private String root;

    @BeforeEach
    void signInAsSuperAdmin() {
        root = accounts.root().access();
    }

    @Test
    void anAdministratorListsFiltersSearchesAndPagesAccounts() {
        String marker = "Lunda" + UUID.randomUUID().toString().substring(0, 6);
        for (String role : List.of("HR", "HR", "ACCOUNTANT")) {
            accounts.create(role, Map.of("last_name", marker));
        }
        String admin = accounts.signedIn("ADMIN").access();

        Api.Reply all = api.get(USERS + "?search=" + marker.toLowerCase() + "&ordering=-created_at").as(admin).send();
        Api.Reply hr = api.get(USERS + "?search=" + marker + "&role=HR&status=active").as(admin).send();
        Api.Reply firstPage = api.get(USERS + "?search=" + marker + "&page_size=2").as(admin).send();
        Api.Reply pastTheEnd = api.get(USERS + "?search=" + marker + "&page=3&page_size=2").as(admin).send();

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().path("count").asLong()).isEqualTo(3);
        assertThat(roles(all.json())).containsExactly("ACCOUNTANT", "HR", "HR");
        assertThat(hr.json().path("count").asLong()).isEqualTo(2);
        assertThat(firstPage.json().path("results")).hasSize(2);
        assertThat(firstPage.json().path("next").asString()).contains("page=2");
        assertThat(pastTheEnd.status()).isEqualTo(404);
        assertThat(all.body()).doesNotContain("password", "argon2", "failed_logins");
    }

    @Test
    void listsRefuseUnknownFilters() {
        assertThat(api.get(USERS + "?ordering=password").as(root).send().fieldsInError()).containsExactly("ordering");
        assertThat(api.get(USERS + "?status=sleeping").as(root).send().fieldsInError()).containsExactly("status");
        assertThat(api.get(USERS + "?role=ROOT").as(root).send().fieldsInError()).containsExactly("role");
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanSignIn() {
        String admin = accounts.signedIn("ADMIN").access();
        String email = Accounts.uniqueEmail("didier");
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", Accounts.PASSWORD,
                "first_name", "Didier", "last_name", "Lukusa", "role", "operations", "phone", "+243 99 555 0178"));

        Api.Reply created = api.post(USERS, body).as(admin).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(USERS + created.json().path("id").asString() + "/");
        assertThat(created.json().path("role").asString()).isEqualTo("OPERATIONS");
        assertThat(created.json().path("status").asString()).isEqualTo("active");
        assertThat(accounts.attempt(email, Accounts.PASSWORD).status()).isEqualTo(200);
        assertThat(api.post(USERS, Map.of("email", email.toUpperCase(), "first_name", "Didier", "last_name", "Lukusa",
                "role", "HR")).as(admin).send().status()).isEqualTo(409);
    }

    @Test
    void aWeakPasswordOrAnUnknownRoleIsRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>(Map.of("email", Accounts.uniqueEmail("x"), "first_name", "Aimée",
                "last_name", "Tshibola", "role", "HR", "password", "azertyuiop"));

        assertThat(api.post(USERS, body).as(root).send().fieldsInError()).containsExactly("password");
        body.put("password", Accounts.PASSWORD);
        body.put("role", "CHIEF");
        assertThat(api.post(USERS, body).as(root).send().fieldsInError()).containsExactly("role");
    }

    @Test
    void anAdministratorChangesAProfileAndItsLinks() {
        Accounts.Created created = accounts.create("CLIENT");
        UUID client = UUID.randomUUID();

        Api.Reply changed = api.patch(USERS + created.id() + "/", Map.of("first_name", "Bienvenue", "client",
                client.toString(), "phone", "+243 81 000 1111")).as(root).send();
        Api.Reply cleared = api.patch(USERS + created.id() + "/", new HashMap<>(java.util.Collections
                .singletonMap("post_name", null))).as(root).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("first_name").asString()).isEqualTo("Bienvenue");
        assertThat(changed.json().path("last_name").asString()).isEqualTo("Mukendi");
        assertThat(changed.json().path("client").asString()).isEqualTo(client.toString());
        assertThat(cleared.json().path("post_name").isNull()).isTrue();
        assertThat(cleared.json().path("client").asString()).isEqualTo(client.toString());
        String access = accounts.signIn(created.email(), Accounts.PASSWORD).access();
        assertThat(Claims.of(access).path("client_id").asString()).isEqualTo(client.toString());
    }

    @Test
    void aNewRoleShowsInTheNextToken() {
        Accounts.Created created = accounts.create("EMPLOYEE");

        Api.Reply reply = api.post(USERS + created.id() + "/role/", Map.of("role", "ACCOUNTANT")).as(root).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode claims = Claims.of(accounts.signIn(created.email(), Accounts.PASSWORD).access());
        assertThat(claims.path("roles").toString()).isEqualTo("[\"ACCOUNTANT\"]");
        assertThat(claims.path("perms").toString()).contains("billing:approve");
    }

    @Test
    void anAdminCannotTouchASuperAdmin() {
        String admin = accounts.signedIn("ADMIN").access();
        UUID superAdmin = accounts.create("SUPER_ADMIN").id();
        UUID employee = accounts.create("EMPLOYEE").id();

        assertForbidden(api.patch(USERS + superAdmin + "/", Map.of("first_name", "Pirate")).as(admin).send());
        assertForbidden(api.post(USERS + superAdmin + "/role/", Map.of("role", "CLIENT")).as(admin).send());
        assertForbidden(api.post(USERS + superAdmin + "/disable/", null).as(admin).send());
        assertForbidden(api.post(USERS + superAdmin + "/unlock/", null).as(admin).send());
        assertForbidden(api.post(USERS + employee + "/role/", Map.of("role", "SUPER_ADMIN")).as(admin).send());
        assertForbidden(api.post(USERS, Map.of("email", Accounts.uniqueEmail("boss"), "first_name", "Boss",
                "last_name", "Kubwa", "role", "SUPER_ADMIN")).as(admin).send());
        assertThat(api.get(USERS + superAdmin + "/").as(admin).send().json().path("status").asString())
                .isEqualTo("active");
    }

    @Test
    void aSuperAdminManagesAnotherSuperAdmin() {
        UUID other = accounts.create("SUPER_ADMIN").id();

        assertThat(api.post(USERS + other + "/role/", Map.of("role", "ADMIN")).as(root).send().status())
                .isEqualTo(200);
    }

    @Test
    void nobodyDisablesTheirOwnAccountNorChangesTheirOwnRole() {
        Accounts.Signed admin = accounts.signedIn("ADMIN");

        Api.Reply disable = api.post(USERS + admin.id() + "/disable/", null).as(admin.access()).send();
        Api.Reply promote = api.post(USERS + admin.id() + "/role/", Map.of("role", "HR")).as(admin.access()).send();

        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.code()).isEqualTo("accounts.own_account");
        assertThat(promote.status()).isEqualTo(409);
    }

    @Test
    void aDisabledAccountNeitherSignsInNorRefreshesAndCanBeEnabledAgain() {
        Accounts.Created created = accounts.create("SALES_AGENT");
        Accounts.Signed signed = accounts.signIn(created.email(), Accounts.PASSWORD);

        Api.Reply disabled = api.post(USERS + created.id() + "/disable/", null).as(root).send();

        assertThat(disabled.json().path("status").asString()).isEqualTo("disabled");
        assertThat(accounts.attempt(created.email(), Accounts.PASSWORD).status()).isEqualTo(403);
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", signed.refresh())).send().status())
                .isEqualTo(401);
        api.post(USERS + created.id() + "/enable/", null).as(root).send();
        assertThat(accounts.attempt(created.email(), Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void unlockingReleasesALockedAccountAtOnce() {
        Accounts.Created created = accounts.create("CLIENT");
        accounts.reachTheCeiling(created.email());
        assertThat(api.get(USERS + created.id() + "/").as(root).send().json().path("status").asString())
                .isEqualTo("locked");
        for (int i = 0; i < 2; i++) {
            accounts.attempt(created.email(), Accounts.WRONG_PASSWORD);
        }
        assertThat(accounts.attempt(created.email(), Accounts.PASSWORD).status())
                .as("an address that never signed in waits after its first failure").isEqualTo(429);

        Api.Reply unlocked = api.post(USERS + created.id() + "/unlock/", null).as(root).send();

        assertThat(unlocked.json().path("status").asString()).isEqualTo("active");
        assertThat(accounts.attempt(created.email(), Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void peopleWithoutAccountsPermissionsSeeOnlyTheirOwnAccount() {
        Accounts.Signed client = accounts.signedIn("CLIENT");

        assertForbidden(api.get(USERS).as(client.access()).send());
        assertForbidden(api.post(USERS, Map.of("email", Accounts.uniqueEmail("x"), "first_name", "X",
                "last_name", "Y", "role", "CLIENT")).as(client.access()).send());
        assertThat(api.get(USERS + client.id() + "/").as(client.access()).send().status()).isEqualTo(200);
        assertThat(api.get(USERS).send().status()).isEqualTo(401);
    }

    @Test
    void theCallerSeesTheirOwnAccountAndPermissions() {
        Accounts.Signed hr = accounts.signedIn("HR");

        JsonNode me = api.get("/api/auth/me/").as(hr.access()).send().json();

        assertThat(me.path("id").asString()).isEqualTo(hr.id().toString());
        assertThat(me.path("role").asString()).isEqualTo("HR");
        assertThat(me.path("permissions").toString()).contains("hr:approve", "agencies:read");
        assertThat(me.has("password_hash")).isFalse();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(api.get(USERS + UUID.randomUUID() + "/").as(root).send().status()).isEqualTo(404);
    }

    private static void assertForbidden(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    }

    private static List<String> roles(JsonNode page) {
        List<String> roles = new ArrayList<>();
        page.path("results").forEach(user -> roles.add(user.path("role").asString()));
        return roles;
    }
}
