package energy.mwolo.hr.leave;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Approvals racing each other: the employee's leave lock makes the second see the first. */
class LeaveConcurrencyIT extends AbstractApiIT {

    private static final String PATH = "/api/hr/leave-requests/";

    @Test
    void ofTwoOverlappingRequestsApprovedAtOnceOneIsApprovedAndTheOtherRefused() throws Exception {
        UUID employee = hire();
        allocate(employee, "20");
        UUID first = submitted(employee, "2026-09-07", "2026-09-11");
        UUID second = submitted(employee, "2026-09-10", "2026-09-15");

        List<Api.Reply> replies = approveAtOnce(first, second);

        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 409);
        assertThat(approvedCount(employee)).isEqualTo(1);
    }

    @Test
    void ofTwoRequestsTheBalanceCoversOnlyOneOfOneIsApprovedAndTheOtherRefused() throws Exception {
        UUID employee = hire();
        allocate(employee, "6");
        UUID first = submitted(employee, "2026-09-07", "2026-09-09");
        UUID second = submitted(employee, "2026-09-14", "2026-09-16");
        allocate(employee, "-1");

        List<Api.Reply> replies = approveAtOnce(first, second);

        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 422);
        assertThat(jdbc.sql("select sum(days) from leave_ledger where employee_id = ?").param(employee)
                .query(BigDecimal.class).single()).isEqualByComparingTo("2");
    }

    private List<Api.Reply> approveAtOnce(UUID first, UUID second) throws Exception {
        String hr = Tokens.hr();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Reply>> approvals = List.of(
                    () -> post(PATH + first + "/approve/", Map.of(), hr),
                    () -> post(PATH + second + "/approve/", Map.of(), hr));
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(approvals)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    private long approvedCount(UUID employee) {
        return jdbc.sql("select count(*) from leave_requests where employee_id = ? and status = 'approved'")
                .param(employee).query(Long.class).single();
    }

    private UUID submitted(UUID employee, String start, String end) {
        Api.Reply reply = post(PATH, Map.of("leave_type", "annual", "start_date", start, "end_date", end,
                "submit", true), Tokens.employee(employee));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().path("id").asString());
    }

    private void allocate(UUID employee, String days) {
        assertThat(post("/api/hr/leave-allocations/", Map.of("employee", employee.toString(), "leave_type", "annual",
                "days", days), Tokens.hr()).status()).isEqualTo(201);
    }
}
