package energy.mwolo.hr.leave;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Leave through the API, on the test agency's calendar: Monday to Friday, 30 June a public holiday. The week of
 * 29 June 2026 has four working days; 6 to 10 July five.
 */
class LeaveApiIT extends AbstractApiIT {

    private static final String PATH = "/api/hr/leave-requests/";

    @Test
    void workingDaysAreCountedOnTheAgencysCalendarWithHalfDays() {
        UUID employee = hire();

        Api.Reply reply = post(PATH, leave("annual", "2026-06-29", false, "2026-07-03", true),
                Tokens.employee(employee));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("days").asString()).isEqualTo("3.5");
        assertThat(reply.json().path("status").asString()).isEqualTo("draft");
        assertThat(reply.json().path("employee").asString()).isEqualTo(employee.toString());
    }

    @Test
    void badPeriodsGetProblems() {
        String token = Tokens.employee(hire());

        Api.Reply halfHoliday = post(PATH, leave("annual", "2026-06-30", true, "2026-07-02", false), token);
        Api.Reply backwards = post(PATH, leave("annual", "2026-07-10", false, "2026-07-06", false), token);
        Api.Reply weekend = post(PATH, leave("annual", "2026-07-11", false, "2026-07-12", false), token);
        Api.Reply unknownType = post(PATH, leave("sabbatical", "2026-07-06", false, "2026-07-06", false), token);

        assertThat(halfHoliday.status()).isEqualTo(422);
        assertThat(halfHoliday.code()).isEqualTo("hr.leave.half_day_not_working");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo("hr.leave.end_before_start");
        assertThat(weekend.status()).isEqualTo(422);
        assertThat(weekend.code()).isEqualTo("hr.leave.no_working_day");
        assertThat(unknownType.code()).isEqualTo("hr.leave.type_unknown");
    }

    @Test
    void theManagerApprovesTheDaysLeaveTheBalanceAndACancellationGivesThemBack() {
        UUID manager = hire();
        UUID employee = hireUnder(manager);
        allocate(employee, "10");
        UUID request = submitted(employee, "2026-07-06", "2026-07-10");

        Api.Reply approved = post(PATH + request + "/approve/", Map.of(), Tokens.employee(manager));

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("approved");
        assertThat(annualBalance(employee)).isEqualTo("5.00");

        Api.Reply cancelled = post(PATH + request + "/cancel/", Map.of(), Tokens.employee(employee));

        assertThat(cancelled.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(annualBalance(employee)).isEqualTo("10.00");
    }

    @Test
    void nobodyApprovesTheirOwnLeaveNotEvenHr() {
        UUID hrOfficer = hire();
        allocate(hrOfficer, "10");
        UUID request = submitted(hrOfficer, "2026-07-06", "2026-07-07");

        Api.Reply asSelf = post(PATH + request + "/approve/", Map.of(), Tokens.hrEmployee(hrOfficer));
        Api.Reply asHr = post(PATH + request + "/approve/", Map.of(), Tokens.hr());

        assertThat(asSelf.status()).isEqualTo(403);
        assertThat(asSelf.code()).isEqualTo("hr.leave.own_request");
        assertThat(asHr.status()).as(asHr.toString()).isEqualTo(200);
    }

    @Test
    void anotherEmployeeNeitherSeesNorDecidesTheRequest() {
        UUID employee = hire();
        allocate(employee, "10");
        UUID request = submitted(employee, "2026-07-06", "2026-07-07");
        String stranger = Tokens.employee(hire());

        assertThat(post(PATH + request + "/approve/", Map.of(), stranger).status()).isEqualTo(404);
        assertThat(api.get(PATH + request + "/").as(stranger).send().status()).isEqualTo(404);
        assertThat(api.get(PATH).as(stranger).send().json().path("count").asInt()).isZero();
        assertThat(post(PATH, withEmployee(employee), stranger).code()).isEqualTo("hr.leave.not_yours");
    }

    @Test
    void aSecondApprovedLeaveOverlappingTheFirstIsRefused() {
        UUID employee = hire();
        allocate(employee, "15");
        UUID first = submitted(employee, "2026-07-06", "2026-07-10");
        UUID second = submitted(employee, "2026-07-09", "2026-07-14");
        assertThat(post(PATH + first + "/approve/", Map.of(), Tokens.hr()).status()).isEqualTo(200);

        Api.Reply reply = post(PATH + second + "/approve/", Map.of(), Tokens.hr());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("hr.leave.overlap");
        Api.Reply third = post(PATH, submitting(leave("annual", "2026-07-10", true, "2026-07-10", false)),
                Tokens.employee(employee));
        assertThat(third.code()).isEqualTo("hr.leave.overlap");
        Api.Reply adjacent = post(PATH, submitting(leave("annual", "2026-07-13", false, "2026-07-13", false)),
                Tokens.employee(employee));
        assertThat(adjacent.status()).as(adjacent.toString()).isEqualTo(201);
    }

    @Test
    void theBalanceIsCheckedAtSubmissionCountingOtherPendingRequestsAndAgainAtApproval() {
        UUID employee = hire();
        allocate(employee, "3");
        String token = Tokens.employee(employee);

        Api.Reply tooLong = post(PATH, submitting(leave("annual", "2026-07-06", false, "2026-07-10", false)), token);
        UUID first = submitted(employee, "2026-07-06", "2026-07-07");
        Api.Reply beyondPending = post(PATH, submitting(leave("annual", "2026-07-13", false, "2026-07-14", false)),
                token);

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("hr.leave.insufficient_balance");
        assertThat(beyondPending.code()).isEqualTo("hr.leave.insufficient_balance");

        allocate(employee, "-2");
        Api.Reply approval = post(PATH + first + "/approve/", Map.of(), Tokens.hr());
        assertThat(approval.status()).isEqualTo(422);
        assertThat(approval.code()).isEqualTo("hr.leave.insufficient_balance");
    }

    @Test
    void sickLeaveIsRecordedWithoutLimit() {
        UUID employee = hire();

        Api.Reply reply = post(PATH, submitting(leave("sick", "2026-07-06", false, "2026-07-10", false)),
                Tokens.employee(employee));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("status").asString()).isEqualTo("submitted");
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        UUID employee = hire();
        allocate(employee, "5");
        UUID request = submitted(employee, "2026-07-06", "2026-07-06");
        post(PATH + request + "/reject/", Map.of(), Tokens.hr());

        Api.Reply reply = post(PATH + request + "/approve/", Map.of(), Tokens.hr());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("hr.leave.transition_refused");
    }

    @Test
    void monthlyAccrualsRunTwiceAddNothingTheSecondTime() {
        UUID employee = hire();

        Api.Reply first = post("/api/hr/leave-accruals/", Map.of("month", "2026-01"), Tokens.hr());
        Api.Reply second = post("/api/hr/leave-accruals/", Map.of("month", "2026-01"), Tokens.hr());

        assertThat(first.json().path("entries_added").asInt()).isPositive();
        assertThat(second.json().path("entries_added").asInt()).isZero();
        assertThat(annualBalance(employee)).isEqualTo("1.67");
        assertThat(post("/api/hr/leave-accruals/", Map.of("month", "janvier"), Tokens.hr()).code())
                .isEqualTo("hr.leave.month_invalid");
    }

    @Test
    void closingAYearKeepsTheCappedCarryForward() {
        UUID employee = hire();
        allocate(employee, "12");

        Api.Reply closed = post("/api/hr/leave-years/2026/close/", Map.of(), Tokens.hr());

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode annual = annual(employee);
        assertThat(annual.path("available").asString()).isEqualTo("5.00");
        assertThat(annual.path("entries").findValuesAsString("kind")).containsExactly("allocation", "year_closed",
                "carry_forward");
        assertThat(annual.path("entries").get(2).path("expires_on").asString()).isEqualTo("2027-03-31");
    }

    @Test
    void onlyHrCreditsDays() {
        UUID employee = hire();

        Api.Reply reply = post("/api/hr/leave-allocations/", Map.of("employee", employee.toString(),
                "leave_type", "annual", "days", "30"), Tokens.employee(employee));

        assertThat(reply.status()).isEqualTo(403);
    }

    private Map<String, Object> leave(String type, String start, boolean startHalf, String end, boolean endHalf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leave_type", type);
        body.put("start_date", start);
        body.put("start_half_day", startHalf);
        body.put("end_date", end);
        body.put("end_half_day", endHalf);
        return body;
    }

    private Map<String, Object> submitting(Map<String, Object> body) {
        body.put("submit", true);
        return body;
    }

    private Map<String, Object> withEmployee(UUID employee) {
        Map<String, Object> body = leave("annual", "2026-07-06", false, "2026-07-06", false);
        body.put("employee", employee.toString());
        return body;
    }

    private UUID submitted(UUID employee, String start, String end) {
        Api.Reply reply = post(PATH, submitting(leave("annual", start, false, end, false)), Tokens.employee(employee));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("status").asString()).isEqualTo("submitted");
        return UUID.fromString(reply.json().path("id").asString());
    }

    private void allocate(UUID employee, String days) {
        Api.Reply reply = post("/api/hr/leave-allocations/", Map.of("employee", employee.toString(),
                "leave_type", "annual", "days", days), Tokens.hr());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private JsonNode annual(UUID employee) {
        Api.Reply reply = api.get("/api/hr/employees/" + employee + "/leave-balances/").as(Tokens.employee(employee))
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (JsonNode balance : reply.json()) {
            if (balance.path("leave_type").asString().equals("annual")) {
                return balance;
            }
        }
        throw new AssertionError("No annual balance in " + reply.body());
    }

    private String annualBalance(UUID employee) {
        return annual(employee).path("available").asString();
    }
}
