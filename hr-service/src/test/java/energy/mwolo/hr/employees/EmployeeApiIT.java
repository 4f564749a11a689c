package energy.mwolo.hr.employees;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Bodies;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EmployeeApiIT extends AbstractApiIT {

    private static final String PATH = "/api/hr/employees/";

    @Test
    void hrHiresAnEmployeeUnderTheNextNumberAndSeesItsSalaryAndNif() {
        Map<String, Object> body = Bodies.employee();

        Api.Reply reply = post(PATH, body, Tokens.hr());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode json = reply.json();
        assertThat(json.path("number").asString()).matches("EMP-[0-9]{5}");
        assertThat(reply.location()).endsWith(PATH + json.path("id").asString() + "/");
        assertThat(json.path("status").asString()).isEqualTo("active");
        assertThat(json.path("nif").asString()).isEqualTo(body.get("nif"));
        assertThat(json.path("salary").path("amount").asString()).isEqualTo("850.00");
        assertThat(json.path("salary").path("currency").asString()).isEqualTo("USD");
    }

    @Test
    void theEmployeeItselfSeesItsSalaryAndNifButItsManagerDoesNot() {
        UUID manager = hire();
        UUID report = hireUnder(manager);

        JsonNode asSelf = api.get(PATH + report + "/").as(Tokens.employee(report)).send().json();
        Api.Reply asManager = api.get(PATH + report + "/").as(Tokens.employee(manager)).send();

        assertThat(asSelf.has("salary")).isTrue();
        assertThat(asSelf.has("nif")).isTrue();
        assertThat(asManager.status()).isEqualTo(200);
        assertThat(asManager.json().path("id").asString()).isEqualTo(report.toString());
        assertThat(asManager.json().has("salary")).as(asManager.body()).isFalse();
        assertThat(asManager.json().has("nif")).as(asManager.body()).isFalse();
        assertThat(asManager.json().valueStream().map(JsonNode::asString)).as("the salary under no other name")
                .doesNotContain("850.00", "850");
    }

    @Test
    void anotherEmployeeIsToldNoSuchEmployeeExists() {
        UUID someone = hire();

        Api.Reply reply = api.get(PATH + someone + "/").as(Tokens.employee(hire())).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("hr.employee.not_found");
    }

    @Test
    void anEmployeeListsItselfAndItsReportsOnlyWithoutTheReportsSalaries() {
        UUID manager = hire();
        UUID report = hireUnder(manager);
        hire();

        JsonNode page = api.get(PATH + "?page_size=100").as(Tokens.employee(manager)).send().json();

        assertThat(page.path("count").asInt()).isEqualTo(2);
        for (JsonNode each : page.path("results")) {
            boolean self = each.path("id").asString().equals(manager.toString());
            assertThat(each.has("salary")).isEqualTo(self);
            assertThat(each.has("nif")).isEqualTo(self);
        }
        assertThat(page.path("results").findValuesAsString("id")).containsExactlyInAnyOrder(manager.toString(),
                report.toString());
    }

    @Test
    void meAnswersTheCallersOwnRecordAnd404ForAnAccountTiedToNoEmployee() {
        UUID self = hire();

        assertThat(api.get(PATH + "me/").as(Tokens.employee(self)).send().json().path("id").asString())
                .isEqualTo(self.toString());
        assertThat(api.get(PATH + "me/").as(Tokens.unlinkedEmployee()).send().code())
                .isEqualTo("hr.employee.no_link");
    }

    @Test
    void aManagerBelowTheEmployeeIsRefusedAsACycle() {
        UUID top = hire();
        UUID middle = hireUnder(top);
        UUID bottom = hireUnder(middle);
        Map<String, Object> body = Bodies.employee();
        body.put("manager", bottom.toString());

        Api.Reply reply = api.put(PATH + top + "/", body).as(Tokens.hr()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("hr.employee.manager_cycle");
        assertThat(api.get(PATH + top + "/").as(Tokens.hr()).send().json().path("manager").isNull()).isTrue();
    }

    @Test
    void hrMovesAnEmployeeUnderAnotherManager() {
        UUID boss = hire();
        UUID employee = hire();
        Map<String, Object> body = Bodies.employee();
        body.put("manager", boss.toString());

        Api.Reply reply = api.put(PATH + employee + "/", body).as(Tokens.hr()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("manager").asString()).isEqualTo(boss.toString());
    }

    @Test
    void badInputGetsProblemsWithStableCodes() {
        Map<String, Object> threeDecimals = Bodies.employee();
        threeDecimals.put("salary", Map.of("amount", "850.125", "currency", "USD"));
        Map<String, Object> endBeforeHire = Bodies.employee();
        endBeforeHire.put("end_date", "2024-02-01");
        Map<String, Object> unknownAgency = Bodies.employee();
        unknownAgency.put("agency", UUID.randomUUID().toString());
        Map<String, Object> unknownPosition = Bodies.employee();
        unknownPosition.put("position", "astronaute");
        Map<String, Object> unknownManager = Bodies.employee();
        unknownManager.put("manager", UUID.randomUUID().toString());

        assertThat(post(PATH, threeDecimals, Tokens.hr()).code()).isEqualTo("hr.salary.invalid");
        assertThat(post(PATH, endBeforeHire, Tokens.hr()).code()).isEqualTo("hr.employee.end_before_hire");
        assertThat(post(PATH, unknownAgency, Tokens.hr()).code()).isEqualTo("hr.employee.agency_unknown");
        assertThat(post(PATH, unknownPosition, Tokens.hr()).code()).isEqualTo("hr.validation.unknown_code");
        Api.Reply manager = post(PATH, unknownManager, Tokens.hr());
        assertThat(manager.status()).isEqualTo(400);
        assertThat(manager.code()).isEqualTo("hr.employee.manager_unknown");
    }

    @Test
    void aProblemSpeaksFrenchByDefaultAndEnglishOnRequest() {
        Map<String, Object> body = Bodies.employee();
        body.put("salary", Map.of("amount", "1.001", "currency", "CDF"));

        Api.Reply french = post(PATH, body, Tokens.hr());
        Api.Reply english = api.post(PATH, body).as(Tokens.hr()).header("Accept-Language", "en")
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()).send();

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().path("detail").asString()).contains("Salaire invalide");
        assertThat(english.json().path("detail").asString()).contains("Invalid salary");
    }

    @Test
    void aSecondEmployeeWithTheSameNifIsAConflict() {
        Map<String, Object> body = Bodies.employee();
        hire(body);
        Map<String, Object> again = Bodies.employee();
        again.put("nif", body.get("nif").toString().toLowerCase());

        Api.Reply reply = post(PATH, again, Tokens.hr());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("hr.employee.nif_taken");
    }

    @Test
    void aRetriedHiringWithTheSameKeyCreatesOneEmployee() {
        Map<String, Object> body = Bodies.employee();
        String token = Tokens.hr();
        String key = UUID.randomUUID().toString();

        Api.Reply first = api.post(PATH, body).as(token).header(IDEMPOTENCY_KEY, key).send();
        Api.Reply retry = api.post(PATH, body).as(token).header(IDEMPOTENCY_KEY, key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(jdbc.sql("select count(*) from employees where nif = ?").param(body.get("nif")).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void hiringWithoutAnIdempotencyKeyIsRefused() {
        Api.Reply reply = api.post(PATH, Bodies.employee()).as(Tokens.hr()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("idempotency.key_required");
    }

    @Test
    void onlyHrStaffHireAndChangeEmployees() {
        UUID employee = hire();

        assertThat(post(PATH, Bodies.employee(), Tokens.employee(employee)).status()).isEqualTo(403);
        assertThat(api.put(PATH + employee + "/", Bodies.employee()).as(Tokens.employee(employee)).send().status())
                .isEqualTo(403);
        assertThat(post(PATH, Bodies.employee(), Tokens.accountant()).status()).isEqualTo(403);
        assertThat(post(PATH, Bodies.employee(), Tokens.admin()).status()).isEqualTo(201);
        assertThat(api.get(PATH).send().status()).isEqualTo(401);
    }

    @Test
    void aDepartedEmployeeChangesNoMore() {
        UUID employee = hire();

        Api.Reply departure = post(PATH + employee + "/departure/", Map.of("end_date", "2026-06-30"), Tokens.hr());
        Api.Reply change = api.put(PATH + employee + "/", Bodies.employee()).as(Tokens.hr()).send();

        assertThat(departure.status()).as(departure.toString()).isEqualTo(200);
        assertThat(departure.json().path("status").asString()).isEqualTo("left");
        assertThat(departure.json().path("end_date").asString()).isEqualTo("2026-06-30");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.code()).isEqualTo("hr.employee.left");
    }

    @Test
    void anAccountIsTiedToOneEmployeeAtMost() {
        UUID account = UUID.randomUUID();
        UUID first = hire();
        UUID second = hire();

        Api.Reply linked = post(PATH + first + "/account/", Map.of("user_id", account.toString()), Tokens.hr());
        Api.Reply again = post(PATH + second + "/account/", Map.of("user_id", account.toString()), Tokens.hr());

        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().path("user_id").asString()).isEqualTo(account.toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("hr.employee.account_taken");
    }

    @Test
    void hrSuspendsAndReinstatesAnEmployeeAndRefusesTransitionsTheStatusDoesNotAllow() {
        UUID employee = hire();
        String path = "/api/hr/employees/" + employee + "/status/";

        Api.Reply suspended = post(path, Map.of("status", "suspended", "reason", "enquête"), Tokens.hr());
        Api.Reply onLeave = post(path, Map.of("status", "on_leave"), Tokens.hr());
        Api.Reply left = post(path, Map.of("status", "left"), Tokens.hr());
        Api.Reply bySelf = post(path, Map.of("status", "active"), Tokens.employee(employee));
        Api.Reply reinstated = post(path, Map.of("status", "active"), Tokens.hr());

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.json().path("status").asString()).isEqualTo("suspended");
        assertThat(onLeave.status()).isEqualTo(409);
        assertThat(onLeave.code()).isEqualTo("hr.employee.status_transition_refused");
        assertThat(left.code()).isEqualTo("hr.employee.status_transition_refused");
        assertThat(bySelf.status()).isEqualTo(403);
        assertThat(reinstated.json().path("status").asString()).isEqualTo("active");
        assertThat(post(path, Map.of("status", "retired"), Tokens.hr()).code()).isEqualTo("hr.validation.unknown_code");
    }
}
