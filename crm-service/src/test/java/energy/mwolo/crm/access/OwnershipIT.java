package energy.mwolo.crm.access;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Bodies;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer sees only its own records; staff roles get what the permission matrix gives them. */
class OwnershipIT extends AbstractApiIT {

    private UUID clientA;
    private UUID clientB;
    private UUID siteB;
    private UUID contractB;

    @BeforeEach
    void twoClientsWithASiteAndAContract() {
        clientA = client();
        contract(clientA, site(clientA));
        clientB = client();
        siteB = site(clientB);
        contractB = contract(clientB, siteB);
    }

    @Test
    void clientAGetsNotFoundForEveryRecordOfClientB() {
        String tokenA = Tokens.clientOf(clientA);
        List<String> paths = List.of("/api/crm/clients/" + clientB + "/", "/api/crm/sites/" + siteB + "/",
                "/api/crm/contracts/" + contractB + "/");

        for (String path : paths) {
            Api.Reply reply = api.get(path).as(tokenA).send();
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(404);
        }
    }

    @Test
    void clientAListsOnlyItsOwnRecordsWhateverTheFilterSays() {
        String tokenA = Tokens.clientOf(clientA);

        for (String list : List.of("/api/crm/clients/", "/api/crm/sites/", "/api/crm/contracts/")) {
            Api.Reply all = api.get(list).as(tokenA).send();
            Api.Reply ofB = api.get(list + "?client=" + clientB).as(tokenA).send();
            assertThat(all.status()).isEqualTo(200);
            assertThat(all.json().path("count").asInt()).as(list).isEqualTo(1);
            if (!list.contains("clients")) {
                assertThat(ofB.json().path("count").asInt()).as(list + " filtered on B").isZero();
            }
        }
    }

    @Test
    void aCustomerChangesNothingEvenItsOwnRecords() {
        String tokenA = Tokens.clientOf(clientA);

        assertThat(api.post("/api/crm/clients/", Bodies.individual()).as(tokenA).send().status()).isEqualTo(403);
        assertThat(api.patch("/api/crm/clients/" + clientA + "/", Map.of("first_name", "X")).as(tokenA).send()
                .status()).isEqualTo(403);
        assertThat(api.post("/api/crm/sites/", Bodies.site(clientA)).as(tokenA).send().status()).isEqualTo(403);
        assertThat(api.post("/api/crm/contracts/" + contractB + "/terminate/", null).as(tokenA).send().status())
                .isEqualTo(403);
    }

    @Test
    void accountantsOperationsAndHrReadButDoNotWrite() {
        for (String token : List.of(Tokens.accountant(), Tokens.operations(), Tokens.hr())) {
            assertThat(api.get("/api/crm/clients/" + clientB + "/").as(token).send().status()).isEqualTo(200);
            assertThat(api.get("/api/crm/sites/" + siteB + "/").as(token).send().status()).isEqualTo(200);
            assertThat(api.get("/api/crm/contracts/" + contractB + "/").as(token).send().status()).isEqualTo(200);
            assertThat(api.post("/api/crm/clients/", Bodies.individual()).as(token).send().status())
                    .isEqualTo(403);
            assertThat(api.post("/api/crm/contracts/" + contractB + "/activate/", null).as(token).send().status())
                    .isEqualTo(403);
        }
    }

    @Test
    void anEmployeeWithoutCrmPermissionReadsNothingAndAnonymousIsUnauthenticated() {
        assertThat(api.get("/api/crm/clients/").as(Tokens.employee()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/crm/clients/").send().status()).isEqualTo(401);
    }
}
