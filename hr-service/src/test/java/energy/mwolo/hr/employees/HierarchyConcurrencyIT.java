package energy.mwolo.hr.employees;

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
import org.junit.jupiter.api.RepeatedTest;

/** Two changes of managers that would together close a cycle, sent at once: the hierarchy lock lets one through. */
class HierarchyConcurrencyIT extends AbstractApiIT {

    @RepeatedTest(3)
    void puttingTwoEmployeesUnderEachOtherAtOnceLeavesNoCycle() throws Exception {
        UUID a = hire();
        UUID b = hire();
        String hr = Tokens.hr();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Api.Reply>> changes = List.of(() -> under(a, b, hr), () -> under(b, a, hr));
            for (Future<Api.Reply> reply : pool.invokeAll(changes)) {
                statuses.add(reply.get().status());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        long managed = jdbc.sql("select count(*) from employees where id in (?, ?) and manager_id is not null")
                .params(a, b).query(Long.class).single();
        assertThat(managed).isEqualTo(1);
    }

    private Api.Reply under(UUID employee, UUID manager, String token) {
        Map<String, Object> body = Bodies.employee();
        body.put("manager", manager.toString());
        return api.put("/api/hr/employees/" + employee + "/", body).as(token).send();
    }
}
