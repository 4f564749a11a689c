package energy.mwolo.operations.access;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Bodies;
import energy.mwolo.operations.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** OPERATIONS and ADMIN read and write; sales agents and accountants read; other staff nothing; nobody anonymous. */
class RoleAccessIT extends AbstractApiIT {

    private static final List<String> LISTS = List.of("/api/operations/meters/", "/api/operations/equipment/",
            "/api/operations/interventions/");

    @Test
    void salesAgentsAndAccountantsReadEverythingButWriteNothing() {
        UUID site = customer().site();
        UUID equipment = equipment(site, "panel");

        for (String token : List.of(Tokens.salesAgent(), Tokens.accountant())) {
            for (String list : LISTS) {
                assertThat(api.get(list).as(token).send().status()).as(list).isEqualTo(200);
            }
            assertThat(api.get("/api/operations/equipment/" + equipment + "/").as(token).send().status())
                    .isEqualTo(200);
            assertThat(post("/api/operations/equipment/", Bodies.equipment("panel", serial(), site), token)
                    .status()).isEqualTo(403);
            assertThat(api.patch("/api/operations/equipment/" + equipment + "/", Map.of("status", "faulty"))
                    .as(token).send().status()).isEqualTo(403);
        }
    }

    @Test
    void operationsAdminsAndSuperAdminsWrite() {
        UUID site = customer().site();

        for (String token : List.of(Tokens.operations(), Tokens.admin(), Tokens.superAdmin())) {
            assertThat(post("/api/operations/equipment/", Bodies.equipment("battery", serial(), site), token)
                    .status()).isEqualTo(201);
        }
    }

    @Test
    void otherStaffAreRefusedAndAnonymousCallersMustSignIn() {
        for (String list : LISTS) {
            assertThat(api.get(list).as(Tokens.hr()).send().status()).as(list).isEqualTo(403);
            assertThat(api.get(list).send().status()).as(list).isEqualTo(401);
        }
        assertThat(api.post("/api/operations/equipment/", Map.of()).header(IDEMPOTENCY_KEY, "k-1").send().status())
                .isEqualTo(401);
    }
}
