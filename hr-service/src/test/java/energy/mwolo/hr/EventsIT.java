package energy.mwolo.hr;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What hr publishes, as a consumer reads it from the topics: never a salary nor a NIF. */
class EventsIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void employeeEventsCarryThePublicStateButNeitherSalaryNorNif() {
        UUID manager = hire();
        UUID employee = hireUnder(manager);
        UUID account = UUID.randomUUID();
        post("/api/hr/employees/" + employee + "/account/", Map.of("user_id", account.toString()), Tokens.hr());

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.HR_EMPLOYEE_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(3, e -> employee.toString().equals(e.key()), WAIT);

            assertThat(received).extracting(e -> e.header("ce_type")).containsExactly("hr.EmployeeHired",
                    "hr.EmployeeAccountLinked", "hr.EmployeeUpdated");
            JsonNode hired = JSON.readTree(received.get(0).value());
            assertThat(hired.path("manager_id").asString()).isEqualTo(manager.toString());
            assertThat(hired.path("number").asString()).matches("EMP-[0-9]{5}");
            assertThat(received).allSatisfy(e -> assertThat(e.value()).doesNotContain("salary", "nif", "850.00"));
            assertThat(JSON.readTree(received.get(1).value()).path("user_id").asString())
                    .isEqualTo(account.toString());
        }
    }

    @Test
    void leaveDecisionsArePublishedWithTheirDays() {
        UUID manager = hire();
        UUID employee = hireUnder(manager);
        post("/api/hr/leave-allocations/", Map.of("employee", employee.toString(), "leave_type", "annual",
                "days", "10"), Tokens.hr());
        UUID request = UUID.fromString(post("/api/hr/leave-requests/", Map.of("leave_type", "annual",
                "start_date", "2026-07-06", "end_date", "2026-07-10", "end_half_day", true, "submit", true),
                Tokens.employee(employee)).json().path("id").asString());
        post("/api/hr/leave-requests/" + request + "/approve/", Map.of(), Tokens.employee(manager));
        post("/api/hr/leave-requests/" + request + "/cancel/", Map.of(), Tokens.employee(employee));

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.HR_LEAVE_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(2, e -> request.toString().equals(e.key()), WAIT);

            assertThat(received).extracting(e -> e.header("ce_type")).containsExactly("hr.LeaveApproved",
                    "hr.LeaveCancelled");
            JsonNode approved = JSON.readTree(received.get(0).value());
            assertThat(approved.path("days").asString()).isEqualTo("4.5");
            assertThat(approved.path("end_half_day").asBoolean()).isTrue();
            assertThat(approved.path("employee_id").asString()).isEqualTo(employee.toString());
            assertThat(JSON.readTree(received.get(1).value()).path("was_approved").asBoolean()).isTrue();
        }
    }

    @Test
    void statusChangesAndTheTeamPageViewOfKeyStaffArePublished() {
        Map<String, Object> body = Bodies.employee();
        body.put("key_staff", true);
        body.put("bio", "Directrice de l’agence de Limete.");
        UUID employee = hire(body);
        post("/api/hr/employees/" + employee + "/status/", Map.of("status", "suspended", "reason", "enquête"),
                Tokens.hr());
        post("/api/hr/employees/" + employee + "/status/", Map.of("status", "active"), Tokens.hr());
        post("/api/hr/employees/" + employee + "/departure/", Map.of("end_date", "2026-06-30"), Tokens.hr());

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.HR_EMPLOYEE_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(10, e -> employee.toString().equals(e.key()), WAIT);

            assertThat(received).extracting(e -> e.header("ce_type")).containsExactly("hr.EmployeeHired",
                    "hr.TeamProfileChanged", "hr.EmployeeStatusChanged", "hr.EmployeeUpdated",
                    "hr.EmployeeStatusChanged", "hr.EmployeeUpdated", "hr.EmployeeLeft", "hr.EmployeeStatusChanged",
                    "hr.EmployeeUpdated", "hr.TeamProfileChanged");
            JsonNode listed = JSON.readTree(received.get(1).value());
            assertThat(listed.path("listed").asBoolean()).isTrue();
            assertThat(listed.path("bio").asString()).isEqualTo("Directrice de l’agence de Limete.");
            JsonNode suspended = JSON.readTree(received.get(2).value());
            assertThat(suspended.path("previous_status").asString()).isEqualTo("active");
            assertThat(suspended.path("status").asString()).isEqualTo("suspended");
            assertThat(suspended.path("reason").asString()).isEqualTo("enquête");
            assertThat(JSON.readTree(received.get(9).value()).path("listed").asBoolean()).isFalse();
            assertThat(received).allSatisfy(e -> assertThat(e.value()).doesNotContain("salary", "nif", "850.00"));
        }
    }
}
