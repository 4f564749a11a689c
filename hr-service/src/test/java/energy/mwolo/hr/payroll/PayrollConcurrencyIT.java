package energy.mwolo.hr.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.hr.AbstractApiIT;
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

/** Runs raced: the month's lock decides between drafts, the run's row lock between validations. */
class PayrollConcurrencyIT extends AbstractApiIT {

    private static final String PATH = "/api/hr/payroll-runs/";

    @Test
    void ofAnAgencyRunAndACompanyRunDraftedAtOnceOneIsCreatedAndTheOtherRefused() throws Exception {
        String month = "2035-03";
        rate("2035-03-31");

        List<Api.Reply> replies = atOnce(
                () -> post(PATH, Map.of("month", month, "agency", AGENCY.toString(), "run_date", "2035-03-31"),
                        Tokens.hr()),
                () -> post(PATH, Map.of("month", month, "run_date", "2035-03-31"), Tokens.hr()));

        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.sql("select count(*) from payroll_runs where month = ?").param(month).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void ofTwoValidationsAtOnceOnePassesAndTheOtherIsRefusedAndTheEventsAreRecordedOnce() throws Exception {
        hire();
        rate("2035-04-30");
        Api.Reply drafted = post(PATH, Map.of("month", "2035-04", "agency", AGENCY.toString(), "run_date",
                "2035-04-30"), Tokens.hr());
        UUID run = UUID.fromString(drafted.json().path("id").asString());

        List<Api.Reply> replies = atOnce(
                () -> post(PATH + run + "/validate/", Map.of(), Tokens.hr()),
                () -> post(PATH + run + "/validate/", Map.of(), Tokens.hr()));

        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.sql("select count(*) from outbox where aggregate_id = ? and event_type = ?")
                .params(run.toString(), "hr.PayrollValidated").query(Integer.class).single()).isEqualTo(1);
    }

    private void rate(String day) {
        assertThat(post("/api/hr/exchange-rates/", Map.of("date", day, "rate", "2850"), Tokens.hr()).status())
                .isEqualTo(201);
    }

    private static List<Api.Reply> atOnce(Callable<Api.Reply> first, Callable<Api.Reply> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(List.of(first, second))) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
