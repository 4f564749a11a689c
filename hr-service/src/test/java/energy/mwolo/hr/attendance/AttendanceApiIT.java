package energy.mwolo.hr.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Bodies;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AttendanceApiIT extends AbstractApiIT {

    private static final String PATH = "/api/hr/attendance/";

    @Test
    void anEmployeeClocksInAndOutOnceADay() {
        String token = Tokens.employee(hire());

        Api.Reply in = post(PATH + "clock-in/", Map.of(), token);
        Api.Reply again = post(PATH + "clock-in/", Map.of(), token);
        Api.Reply out = post(PATH + "clock-out/", Map.of("source", "web"), token);
        Api.Reply outAgain = post(PATH + "clock-out/", Map.of(), token);

        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        assertThat(in.json().path("clock_in_source").asString()).isEqualTo("web");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("hr.attendance.already_clocked_in");
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.json().path("clock_out").isNull()).isFalse();
        assertThat(outAgain.code()).isEqualTo("hr.attendance.already_clocked_out");
    }

    @Test
    void twoConcurrentClockInsRecordOneDay() throws Exception {
        UUID employee = hire();
        String token = Tokens.employee(employee);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> clockIns = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clockIns.add(() -> post(PATH + "clock-in/", Map.of(), token).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(clockIns)) {
                statuses.add(status.get());
            }

            assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from attendance_days where employee_id = ?").param(employee)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSuspendedOrOnLeaveEmployeeCannotClockInUntilHrReinstatesIt() {
        UUID employee = hire();
        String token = Tokens.employee(employee);
        String status = "/api/hr/employees/" + employee + "/status/";

        assertThat(post(status, Map.of("status", "suspended", "reason", "enquête"), Tokens.hr()).status())
                .isEqualTo(200);
        Api.Reply suspended = post(PATH + "clock-in/", Map.of(), token);
        assertThat(post(status, Map.of("status", "active"), Tokens.hr()).status()).isEqualTo(200);
        assertThat(post(status, Map.of("status", "on_leave", "reason", "congé de maternité"), Tokens.hr()).status())
                .isEqualTo(200);
        Api.Reply onLeave = post(PATH + "clock-in/", Map.of(), token);
        assertThat(post(status, Map.of("status", "active"), Tokens.hr()).status()).isEqualTo(200);
        Api.Reply back = post(PATH + "clock-in/", Map.of(), token);

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(409);
        assertThat(suspended.code()).isEqualTo("hr.attendance.not_at_work");
        assertThat(suspended.json().path("detail").asString()).contains("suspendu");
        assertThat(onLeave.status()).isEqualTo(409);
        assertThat(onLeave.code()).isEqualTo("hr.attendance.not_at_work");
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from attendance_days where employee_id = ?").param(employee)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void clockingOutWithoutClockingInIsRefused() {
        Api.Reply reply = post(PATH + "clock-out/", Map.of(), Tokens.employee(hire()));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("hr.attendance.not_clocked_in");
    }

    @Test
    void aBadgeOrKioskSourceIsRefusedOnTheWebBecauseOnlyARegisteredKioskMayClaimIt() {
        Api.Reply reply = post(PATH + "clock-in/", Map.of("source", "badge"), Tokens.employee(hire()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("hr.attendance.source_not_open");
    }

    @Test
    void anEmployeeClocksForItselfOnly() {
        UUID other = hire();

        Api.Reply reply = post(PATH + "clock-in/", Map.of("employee", other.toString()), Tokens.employee(hire()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("hr.attendance.not_yours");
    }

    @Test
    void aMonthSummaryCountsWorkingDaysLeaveAndAbsences() {
        UUID manager = hire();
        UUID employee = hireUnder(manager);
        post("/api/hr/leave-allocations/", Map.of("employee", employee.toString(), "leave_type", "annual",
                "days", "10"), Tokens.hr());
        String request = post("/api/hr/leave-requests/", Map.of("leave_type", "annual", "start_date", "2026-07-06",
                "end_date", "2026-07-10", "submit", true), Tokens.employee(employee)).json().path("id").asString();
        post("/api/hr/leave-requests/" + request + "/approve/", Map.of(), Tokens.employee(manager));

        Api.Reply reply = api.get(PATH + "?employee=" + employee + "&month=2026-07").as(Tokens.employee(manager))
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode summary = reply.json();
        assertThat(summary.path("working_days").asInt()).isEqualTo(23);
        assertThat(summary.path("leave_days").asInt()).isEqualTo(5);
        assertThat(summary.path("worked_days").asInt()).isZero();
        assertThat(summary.path("absent_days").asInt()).isEqualTo(18);
        assertThat(api.get(PATH + "?employee=" + employee + "&month=2026-07").as(Tokens.employee(hire())).send()
                .status()).isEqualTo(404);
    }

    @Test
    void anAgencysMonthCountsEachEmployeeInsideItsEmploymentOnly() {
        Map<String, Object> lateHire = Bodies.employee();
        lateHire.put("hire_date", "2026-07-15");
        UUID joined = hire(lateHire);
        UUID gone = hire();
        post("/api/hr/employees/" + gone + "/departure/", Map.of("end_date", "2026-07-10"), Tokens.hr());
        Map<String, Object> augustHire = Bodies.employee();
        augustHire.put("hire_date", "2026-08-03");
        UUID notYet = hire(augustHire);

        Api.Reply reply = api.get(PATH + "agencies/" + AGENCY + "/?month=2026-07").as(Tokens.hr()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode lines = reply.json().path("employees");
        JsonNode joinedLine = line(lines, joined);
        assertThat(joinedLine.path("working_days").asInt()).isEqualTo(13);
        assertThat(joinedLine.path("absent_days").asInt()).isEqualTo(13);
        assertThat(joinedLine.path("number").asString()).matches("EMP-[0-9]{5}");
        assertThat(line(lines, gone).path("working_days").asInt()).isEqualTo(8);
        assertThat(line(lines, notYet)).isNull();
        int absences = 0;
        for (JsonNode line : lines) {
            absences += line.path("absent_days").asInt();
        }
        assertThat(reply.json().path("totals").path("absent_days").asInt()).isEqualTo(absences);
        assertThat(reply.json().path("totals").path("employees").asInt()).isEqualTo(lines.size());
        assertThat(api.get(PATH + "agencies/" + AGENCY + "/?month=2026-07").as(Tokens.employee(joined)).send()
                .status()).isEqualTo(403);
    }

    private static JsonNode line(JsonNode lines, UUID employee) {
        for (JsonNode line : lines) {
            if (line.path("employee").asString().equals(employee.toString())) {
                return line;
            }
        }
        return null;
    }
}
