package energy.mwolo.billing.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Billing runs through HTTP: every billable contract of the month invoiced once, in the background, with progress;
 * re-runs and a run taking over from one whose worker died bill nothing twice; one run of a month at a time.
 */
class RunIT extends AbstractApiIT {

    private static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 1);

    private UUID client;

    /** Runs bill every contract of the read model: each test starts from an empty one. */
    @BeforeEach
    void onlyThisTestsContracts() {
        jdbc.sql("delete from crm_contracts").update();
        rateOfToday();
        client = client();
    }

    private int flatContracts(int count) {
        return jdbc.sql("""
                        insert into crm_contracts (id, number, client_id, site_id, site_protected, contract_type,
                            fixed_fee, currency, billing_day, start_date, status, changed_at)
                        select gen_random_uuid(), 'CT-2026-' || lpad(g::text, 6, '0'), ?, gen_random_uuid(), false,
                               'monthly_flat_fee', 15000, 'CDF', 5, '2025-01-01', 'active', now()
                        from generate_series(1, ?) g""")
                .params(client, count).update();
    }

    private Api.Reply start(String period, String token) {
        return api.post("/api/billing/runs/", Map.of("period", period)).as(token).header("Idempotency-Key", key())
                .send();
    }

    private JsonNode finished(Api.Reply started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.location();
        JsonNode[] run = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            run[0] = api.get(location).as(Tokens.accountant()).send().json();
            return !"running".equals(run[0].path("status").asString());
        });
        return run[0];
    }

    private long invoices(String period) {
        return jdbc.sql("select count(*) from invoices where period = ? and status <> 'cancelled'")
                .param(java.sql.Date.valueOf(period + "-01")).query(Long.class).single();
    }

    private long contractsBilledTwice(String period) {
        return jdbc.sql("""
                        select count(*) from (select contract_id from invoices where period = ? and status <> 'cancelled'
                                              group by contract_id having count(*) > 1) twice""")
                .param(java.sql.Date.valueOf(period + "-01")).query(Long.class).single();
    }

    @Test
    void aRunInvoicesEveryBillableContractAndListsThoseItCouldNot() {
        flatContracts(3);
        UUID metered = contract(client, "metered", null, "250", "RES", "CDF", LONG_AGO, null);
        consumption(metered, "2027-01", "120");
        UUID noReading = contract(client, "metered", null, "250", null, "CDF", LONG_AGO, null);
        UUID unknownTariff = contract(client, "monthly_flat_fee", null, null, "NOPE", "CDF", LONG_AGO, null);
        contract(client, "prepaid", null, "250", null, "CDF", LONG_AGO, null);
        contract(client, "monthly_flat_fee", "100", null, null, "CDF", LocalDate.of(2027, 2, 1), null);

        JsonNode run = finished(start("2027-01", Tokens.accountant()));

        assertThat(run.path("status").asString()).isEqualTo("completed");
        assertThat(run.path("total").asInt()).isEqualTo(6);
        assertThat(run.path("done").asInt()).isEqualTo(4);
        assertThat(run.path("failed").asInt()).isEqualTo(1);
        assertThat(run.path("waiting").asInt()).isEqualTo(1);
        assertThat(run.path("remaining").asInt()).isZero();
        assertThat(run.path("failures").get(0).path("contract").asString()).isEqualTo(unknownTariff.toString());
        assertThat(run.path("failures").get(0).path("code").asString()).isEqualTo("billing.tariff.not_found");
        assertThat(run.path("failures").get(0).path("reason").asString()).contains("NOPE");
        JsonNode waiting = api.get("/api/billing/runs/" + run.path("id").asString() + "/items/?outcome=waiting")
                .as(Tokens.accountant()).send().json();
        assertThat(waiting.path("results").get(0).path("contract").asString()).isEqualTo(noReading.toString());
        JsonNode invoices = api.get("/api/billing/invoices/?run=" + run.path("id").asString())
                .as(Tokens.accountant()).send().json();
        assertThat(invoices.path("count").asInt()).isEqualTo(4);
        assertThat(invoices.path("results").valueStream().map(i -> i.path("status").asString()).distinct().toList())
                .containsExactly("issued");
        String invoice = invoices.path("results").get(0).path("id").asString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.invoice.events")) {
            events.awaitAtLeast(1, e -> invoice.equals(e.key()) && "billing.InvoiceIssued".equals(e.header("ce_type")),
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aRunReadingSeveralPagesOfContractsBillsEachOnceWithNumbersWithoutGaps() {
        // Ten batches of 1000 per page: one contract more than a page.
        flatContracts(10_001);

        JsonNode run = finished(start("2027-08", Tokens.accountant()));

        assertThat(run.path("status").asString()).isEqualTo("completed");
        assertThat(run.path("done").asInt()).isEqualTo(10_001);
        assertThat(invoices("2027-08")).isEqualTo(10_001);
        assertThat(contractsBilledTwice("2027-08")).isZero();
        assertThat(jdbc.sql("""
                        select max(split_part(number, '-', 3)::int) - min(split_part(number, '-', 3)::int) + 1
                        from invoices where run_id = ?""").param(UUID.fromString(run.path("id").asString()))
                .query(Long.class).single())
                .isEqualTo(10_001);
    }

    @Test
    void aReRunBillsOnlyWhatTheFirstLeftAndNothingTwice() {
        flatContracts(2);
        UUID metered = contract(client, "metered", null, "250", null, "CDF", LONG_AGO, null);
        JsonNode first = finished(start("2027-02", Tokens.accountant()));
        assertThat(first.path("waiting").asInt()).isEqualTo(1);

        consumption(metered, "2027-02", "80");
        JsonNode second = finished(start("2027-02", Tokens.accountant()));

        assertThat(second.path("done").asInt()).isEqualTo(1);
        assertThat(second.path("skipped").asInt()).isEqualTo(2);
        assertThat(invoices("2027-02")).isEqualTo(3);
        assertThat(contractsBilledTwice("2027-02")).isZero();
    }

    @Test
    void aContractThatBreaksItsBatchIsBilledAloneAndListedWithoutHoldingBackTheOthers() {
        flatContracts(4);
        UUID broken = contract(client, "monthly_flat_fee", "100", null, null, "CDF", LONG_AGO, null);
        // Stands for a defect that only this contract's invoice meets when it is written.
        jdbc.sql("create function refuse_one_contract() returns trigger language plpgsql as $$ begin"
                + " if new.contract_id = '" + broken + "' then raise exception 'refused for the test'; end if;"
                + " return new; end $$").update();
        jdbc.sql("create trigger refuse_one before insert on invoices for each row execute function refuse_one_contract()")
                .update();
        try {
            JsonNode run = finished(start("2027-07", Tokens.accountant()));

            assertThat(run.path("status").asString()).isEqualTo("completed");
            assertThat(run.path("done").asInt()).isEqualTo(4);
            assertThat(run.path("failed").asInt()).isEqualTo(1);
            assertThat(run.path("failures").get(0).path("contract").asString()).isEqualTo(broken.toString());
            assertThat(run.path("failures").get(0).path("code").asString()).isEqualTo("billing.run.unexpected");
            assertThat(invoices("2027-07")).isEqualTo(4);
        } finally {
            jdbc.sql("drop trigger refuse_one on invoices").update();
            jdbc.sql("drop function refuse_one_contract()").update();
        }
    }

    @Test
    void aRunOfAMonthAlreadyRunningIsAConflictNamingIt() {
        UUID running = UUID.randomUUID();
        jdbc.sql("""
                        insert into billing_runs (id, period, trigger, status, started_by, started_at, issue_day, total,
                            invoiced, skipped, failed, waiting, heartbeat_at, version)
                        values (?, '2027-03-01', 'manual', 'running', 'someone', now(), current_date, 10, 0, 0, 0, 0,
                                now(), 0)""")
                .param(running).update();

        Api.Reply second = start("2027-03", Tokens.accountant());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("billing.run.already_running");
        assertThat(second.json().path("detail").asString()).contains(running.toString());
        jdbc.sql("update billing_runs set status = 'failed', finished_at = now() where id = ?").param(running).update();
    }

    @Test
    void aRunWhoseWorkerDiedIsTakenOverAndWhatItBilledStaysBilledOnce() {
        flatContracts(3);
        JsonNode partial = finished(start("2027-04", Tokens.accountant()));
        assertThat(partial.path("done").asInt()).isEqualTo(3);
        // The instance running the next run died after two more contracts appeared: its run stays "running".
        flatContracts(2);
        UUID dead = UUID.randomUUID();
        jdbc.sql("""
                        insert into billing_runs (id, period, trigger, status, started_by, started_at, issue_day, total,
                            invoiced, skipped, failed, waiting, heartbeat_at, version)
                        values (?, '2027-04-01', 'schedule', 'running', 'system', ?, current_date, 5, 0, 3, 0, 0, ?, 0)""")
                .params(dead, Timestamp.from(Instant.now().minusSeconds(900)),
                        Timestamp.from(Instant.now().minusSeconds(600)))
                .update();

        JsonNode takeover = finished(start("2027-04", Tokens.accountant()));

        assertThat(takeover.path("done").asInt()).isEqualTo(2);
        assertThat(takeover.path("skipped").asInt()).isEqualTo(3);
        assertThat(api.get("/api/billing/runs/" + dead + "/").as(Tokens.accountant()).send().json().path("status")
                .asString()).isEqualTo("interrupted");
        assertThat(invoices("2027-04")).isEqualTo(5);
        assertThat(contractsBilledTwice("2027-04")).isZero();
    }

    @Test
    void twoRunsOfTheSameMonthStartedAtOnceOneWorksTheOtherGetsAConflict() throws Exception {
        flatContracts(1500);
        String accountant = Tokens.accountant();
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            Callable<Api.Reply> starting = () -> api.post("/api/billing/runs/", Map.of("period", "2027-05"))
                    .as(accountant).header("Idempotency-Key", key()).send();
            replies = two.invokeAll(List.of(starting, starting));
        } finally {
            two.shutdown();
        }
        List<Integer> statuses = new ArrayList<>();
        Api.Reply accepted = null;
        for (Future<Api.Reply> reply : replies) {
            statuses.add(reply.get().status());
            if (reply.get().status() == 202) {
                accepted = reply.get();
            }
        }

        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        JsonNode run = finished(accepted);
        assertThat(run.path("done").asInt()).isEqualTo(1500);
        assertThat(invoices("2027-05")).isEqualTo(1500);
        assertThat(contractsBilledTwice("2027-05")).isZero();
        assertThat(jdbc.sql("select count(distinct number) from invoices where run_id = ?")
                .param(UUID.fromString(run.path("id").asString())).query(Long.class).single()).isEqualTo(1500);
    }

    @Test
    void aRunIsStartedByAccountantsWithAnIdempotencyKeyAndABadPeriodIsRefused() {
        Api.Reply bySalesAgent = start("2027-06", Tokens.salesAgent());
        Api.Reply badPeriod = start("2027-6", Tokens.accountant());
        Api.Reply withoutKey = api.post("/api/billing/runs/", Map.of("period", "2027-06")).as(Tokens.accountant())
                .send();

        assertThat(bySalesAgent.status()).isEqualTo(403);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.fieldsInError()).containsExactly("period");
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.code()).isEqualTo("idempotency.key_required");
        assertThat(api.get("/api/billing/runs/").as(Tokens.clientOf(client)).send().status()).isEqualTo(403);
    }
}
