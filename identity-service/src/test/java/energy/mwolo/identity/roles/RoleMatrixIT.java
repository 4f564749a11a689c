package energy.mwolo.identity.roles;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import energy.mwolo.identity.Claims;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RoleMatrixIT extends AbstractApiIT {

    private static final String ROLES = "/api/accounts/roles/";

    @Test
    void theSeededMatrixFollowsTheDomain() {
        String admin = accounts.signedIn("ADMIN").access();

        Api.Reply reply = api.get(ROLES).as(admin).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("count").asLong()).isEqualTo(8);
        assertThat(permissions(role(reply, "SUPER_ADMIN"))).hasSize(66);
        assertThat(permissions(role(reply, "ADMIN"))).hasSize(60).noneMatch(p -> p.startsWith("core:"));
        assertThat(permissions(role(reply, "CLIENT")))
                .containsExactly("crm:read", "billing:read", "support:create", "support:read");
        assertThat(permissions(role(reply, "SALES_AGENT")))
                .containsExactly("geo:read", "agencies:read", "crm:create", "crm:read", "crm:update", "billing:read");
        assertThat(role(reply, "HR").path("name").asString()).isEqualTo("Ressources humaines");
    }

    @Test
    void aChangeOfTheMatrixShowsInTheNextToken() {
        Accounts.Created agent = accounts.create("SALES_AGENT");
        String root = accounts.root().access();
        List<String> seeded = permissions(api.get(ROLES + "SALES_AGENT/").as(root).send().json());
        List<String> widened = new ArrayList<>(seeded);
        widened.add("support:read");
        try {
            Api.Reply changed = api.put(ROLES + "SALES_AGENT/", Map.of("permissions", widened)).as(root).send();

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(permissions(changed.json())).contains("support:read");
            JsonNode claims = Claims.of(accounts.signIn(agent.email(), Accounts.PASSWORD).access());
            assertThat(claims.path("perms").toString()).contains("support:read");
        } finally {
            api.put(ROLES + "SALES_AGENT/", Map.of("permissions", seeded)).as(root).send();
        }
    }

    @Test
    void onlyASuperAdminEditsTheMatrix() {
        String admin = accounts.signedIn("ADMIN").access();

        Api.Reply reply = api.put(ROLES + "ADMIN/", Map.of("permissions", List.of("core:update"))).as(admin).send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("roles.super_admin_only");
    }

    @Test
    void theSuperAdminRowCannotShrink() {
        Api.Reply reply = api.put(ROLES + "SUPER_ADMIN/", Map.of("permissions", List.of()))
                .as(accounts.root().access()).send();

        assertThat(reply.status()).isEqualTo(409);
    }

    @Test
    void anUnknownPermissionIsRefusedNamingThePermissions() {
        Api.Reply reply = api.put(ROLES + "CLIENT/", Map.of("permissions", List.of("billing:pay")))
                .as(accounts.root().access()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("permissions");
    }

    @Test
    void theCatalogueListsModulesAndActions() {
        JsonNode catalogue = api.get("/api/accounts/permissions/").as(accounts.root().access()).send().json();

        assertThat(catalogue.path("modules")).hasSize(11);
        assertThat(catalogue.path("actions")).hasSize(6);
        assertThat(catalogue.path("permissions")).hasSize(66);
    }

    @Test
    void anUnknownRoleIsNotFound() {
        assertThat(api.get(ROLES + "ROOT/").as(accounts.root().access()).send().status()).isEqualTo(404);
    }

    private static JsonNode role(Api.Reply page, String code) {
        for (JsonNode role : page.json().path("results")) {
            if (role.path("code").asString().equals(code)) {
                return role;
            }
        }
        throw new AssertionError("no role " + code + " in " + page);
    }

    private static List<String> permissions(JsonNode role) {
        List<String> permissions = new ArrayList<>();
        role.path("permissions").forEach(p -> permissions.add(p.asString()));
        return permissions;
    }
}
