package energy.mwolo.crm.clients;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Bodies;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientApiIT extends AbstractApiIT {

    @Test
    void salesAgentRegistersAProspectWithANumberAndANormalisedPhone() {
        Map<String, Object> body = Bodies.with(Bodies.individual(), "agency", agency(true).toString());

        Api.Reply reply = api.post("/api/crm/clients/", body).as(Tokens.salesAgent()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("client_number").asString()).matches("CL-\\d{4}-\\d{6}");
        assertThat(reply.json().path("status").asString()).isEqualTo("prospect");
        assertThat(reply.json().path("phone").asString()).isEqualTo("+243812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812345678", "+243812345678", "243 81 234 5678", "(+243) 81-234-5678"})
    void acceptsTheUsualWaysOfWritingACongoleseMobileNumber(String phone) {
        Api.Reply reply = api.post("/api/crm/clients/", Bodies.with(Bodies.individual(), "phone", phone))
                .as(Tokens.salesAgent()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("phone").asString()).isEqualTo("+243812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+33612345678", "0712345678", "08123456789", "phone"})
    void refusesABadPhoneNamingTheField(String phone) {
        Api.Reply reply = api.post("/api/crm/clients/", Bodies.with(Bodies.individual(), "phone", phone))
                .as(Tokens.salesAgent()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("phone");
    }

    @Test
    void refusesASecondClientWithTheSameEmailInAnotherCase() {
        Map<String, Object> first = Bodies.individual();
        client(first);

        Api.Reply reply = api.post("/api/crm/clients/", Bodies.with(Bodies.individual(), "email",
                first.get("email").toString().toUpperCase())).as(Tokens.salesAgent()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json().path("code").asString()).isEqualTo("crm.client.duplicate_email");
    }

    @Test
    void aCompanyNeedsItsCompanyName() {
        Api.Reply reply = api.post("/api/crm/clients/", Bodies.with(Bodies.individual(), "kind", "company"))
                .as(Tokens.salesAgent()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("company_name");
    }

    @Test
    void refusesAnUnknownOrClosedAgencyNamingTheField() {
        Api.Reply unknown = api.post("/api/crm/clients/",
                Bodies.with(Bodies.individual(), "agency", UUID.randomUUID().toString())).as(Tokens.salesAgent())
                .send();
        Api.Reply closed = api.post("/api/crm/clients/",
                Bodies.with(Bodies.individual(), "agency", agency(false).toString())).as(Tokens.salesAgent())
                .send();

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldsInError()).containsExactly("agency");
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.fieldsInError()).containsExactly("agency");
    }

    @Test
    void twentyConcurrentRegistrationsGetDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                replies.add(pool.submit(() -> api.post("/api/crm/clients/", Bodies.individual())
                        .as(Tokens.salesAgent()).send()));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply done = reply.get(60, TimeUnit.SECONDS);
                assertThat(done.status()).as(done.toString()).isEqualTo(201);
                numbers.add(done.json().path("client_number").asString());
            }
            assertThat(numbers).hasSize(20).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void statusFollowsItsStateMachine() {
        UUID id = client();
        String path = "/api/crm/clients/" + id + "/";

        assertThat(api.patch(path, Map.of("status", "suspended")).as(Tokens.salesAgent()).send().status())
                .isEqualTo(409);
        assertThat(api.patch(path, Map.of("status", "active")).as(Tokens.salesAgent()).send().status())
                .isEqualTo(200);
        assertThat(api.patch(path, Map.of("status", "suspended")).as(Tokens.salesAgent()).send().status())
                .isEqualTo(200);
        assertThat(api.delete(path).as(Tokens.salesAgent()).send().status()).isEqualTo(204);
        Api.Reply closed = api.get(path).as(Tokens.salesAgent()).send();
        assertThat(closed.json().path("status").asString()).isEqualTo("closed");
        assertThat(api.patch(path, Map.of("status", "active")).as(Tokens.salesAgent()).send().status())
                .isEqualTo(409);
    }

    /** A refused move (409) or an unknown status (400) leaves the valid detail changes of the same PATCH unmade. */
    @ParameterizedTest
    @CsvSource({"suspended, 409, crm.transition.refused", "dormant, 400, crm.validation.unknown_code"})
    void aPatchWhoseStatusIsRefusedKeepsTheDetailsToo(String status, int refusal, String code) {
        UUID id = client();
        String path = "/api/crm/clients/" + id + "/";
        Api.Reply before = api.get(path).as(Tokens.salesAgent()).send();

        Api.Reply refused = api.patch(path, Map.of("last_name", "Mutombo", "status", status))
                .as(Tokens.salesAgent()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(refusal);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(api.get(path).as(Tokens.salesAgent()).send().json()).isEqualTo(before.json());
        assertThat(recordedEvents(id)).containsExactly("crm.ClientRegistered");
    }

    @Test
    void aPatchChangesDetailsAndStatusTogether() {
        UUID id = client();
        String path = "/api/crm/clients/" + id + "/";

        Api.Reply amended = api.patch(path, Map.of("last_name", "Mutombo", "status", "active"))
                .as(Tokens.salesAgent()).send();

        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.json().path("last_name").asString()).isEqualTo("Mutombo");
        assertThat(amended.json().path("status").asString()).isEqualTo("active");
        assertThat(recordedEvents(id))
                .containsExactly("crm.ClientRegistered", "crm.ClientUpdated", "crm.ClientStatusChanged");
    }

    @Test
    void listsFilterSearchAndOrder() {
        String marker = "Zz" + UUID.randomUUID().toString().substring(0, 8);
        client(Bodies.with(Bodies.with(Bodies.individual(), "last_name", marker + "b"), "first_name", "A"));
        client(Bodies.with(Bodies.with(Bodies.individual(), "last_name", marker + "a"), "first_name", "B"));

        Api.Reply found = api.get("/api/crm/clients/?search=" + marker + "&ordering=last_name")
                .as(Tokens.accountant()).send();

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().path("count").asInt()).isEqualTo(2);
        assertThat(found.json().path("results").get(0).path("last_name").asString()).isEqualTo(marker + "a");
        assertThat(api.get("/api/crm/clients/?ordering=password").as(Tokens.accountant()).send().status())
                .isEqualTo(400);
    }

    @Test
    void aCustomerReadsItsOwnClientThroughMe() {
        UUID id = client();

        Api.Reply me = api.get("/api/crm/clients/me/").as(Tokens.clientOf(id)).send();

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(id.toString());
    }
}
