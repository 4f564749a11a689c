package energy.mwolo.billing.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.Benchmark;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A billing run of 100,000 contracts (60 % flat fee on their own terms, 40 % metered on the USD residential tariff
 * billed in francs: converted, by block, with the lighting tax), through HTTP to the end of the run, the relay
 * publishing InvoiceIssued meanwhile. Baseline in the same run: the same number of invoice rows and lines written by
 * plain batched JDBC inserts, 500 per transaction, into tables of the same shape. Prints
 * {@code BENCHMARK billing.run}; fails only past twice the aim of 2 minutes, build machines being shared and noisy.
 */
class BillingRunBenchmark extends AbstractApiIT {

    private static final int CONTRACTS = 100_000;
    private static final int BATCH = 500;
    private static final String PERIOD = "2028-01";

    @Autowired
    private JdbcTemplate template;

    @Autowired
    private TransactionTemplate transactions;

    @BeforeEach
    void aHundredThousandContracts() {
        jdbc.sql("delete from crm_contracts").update();
        rateOfToday();
        UUID client = client();
        jdbc.sql("""
                        insert into crm_contracts (id, number, client_id, site_id, site_protected, contract_type,
                            fixed_fee, price_per_kwh, tariff_code, currency, billing_day, start_date, status, changed_at)
                        select gen_random_uuid(), 'CT-2027-' || lpad(g::text, 6, '0'), ?, gen_random_uuid(), false,
                               case when g % 5 < 3 then 'monthly_flat_fee' else 'metered' end,
                               case when g % 5 < 3 then 15000 end, case when g % 5 >= 3 then 250 end,
                               case when g % 5 >= 3 then 'RES' end, 'CDF', 5, '2025-01-01', 'active', now()
                        from generate_series(1, ?) g""")
                .params(client, CONTRACTS).update();
        jdbc.sql("""
                        insert into consumptions (contract_id, period, kwh, estimated, source, revision, recorded_at)
                        select id, ?, 80 + (abs(hashtext(id::text)) % 400), false, 'operations', 1, now()
                        from crm_contracts where contract_type = 'metered'""")
                .param(Date.valueOf(PERIOD + "-01")).update();
        template.execute("create table bench_plain_invoices (like invoices including defaults)");
        template.execute("create table bench_plain_lines (like invoice_lines including defaults)");
    }

    @AfterEach
    void dropThem() {
        template.execute("drop table bench_plain_invoices");
        template.execute("drop table bench_plain_lines");
    }

    @Test
    void aHundredThousandContractsAreBilledWithinTwoMinutes() {
        Api.Reply started = api.post("/api/billing/runs/", Map.of("period", PERIOD)).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode[] run = new JsonNode[1];
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            run[0] = api.get(started.location()).as(Tokens.accountant()).send().json();
            return !"running".equals(run[0].path("status").asString());
        });
        double runSeconds = Duration.between(Instant.parse(run[0].path("started_at").asString()),
                Instant.parse(run[0].path("finished_at").asString())).toMillis() / 1000.0;

        double plainSeconds = plainInserts();

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("contracts", CONTRACTS);
        figures.put("run_s", runSeconds);
        figures.put("invoices_per_s", CONTRACTS / runSeconds);
        figures.put("plain_s", plainSeconds);
        // Throughput against throughput: the run's invoices per second over the plain inserts' (same invoice count).
        Benchmark.report("billing.run", figures,
                Benchmark.Ratio.of("run", CONTRACTS / runSeconds, "plain", CONTRACTS / plainSeconds));
        assertThat(run[0].path("status").asString()).isEqualTo("completed");
        assertThat(run[0].path("done").asInt()).isEqualTo(CONTRACTS);
        assertThat(runSeconds).isLessThan(240);
    }

    /** Invoices and their lines (flat: 1 line, metered: 5) by batched inserts, 500 invoices per transaction. */
    private double plainInserts() {
        long start = System.nanoTime();
        for (int first = 0; first < CONTRACTS; first += BATCH) {
            int from = first;
            transactions.executeWithoutResult(status -> insertBatch(from));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void insertBatch(int from) {
        List<Object[]> invoices = new ArrayList<>(BATCH);
        List<Object[]> lines = new ArrayList<>(BATCH * 3);
        Timestamp now = Timestamp.from(Instant.now());
        BigDecimal amount = new BigDecimal("15000.00");
        for (int i = from; i < from + BATCH; i++) {
            UUID id = UUID.randomUUID();
            invoices.add(new Object[] {id, "FAC-2099-" + i, UUID.randomUUID(), UUID.randomUUID(), "CT-" + i,
                UUID.randomUUID(), Date.valueOf(LocalDate.of(2028, 1, 1)), now, now});
            for (int line = 0; line < (i % 5 < 3 ? 1 : 5); line++) {
                lines.add(new Object[] {id, line, amount});
            }
        }
        template.batchUpdate("""
                insert into bench_plain_invoices (id, number, client_id, contract_id, contract_number, site_id, period,
                    currency, status, issue_date, due_date, subtotal, tax, total, amount_paid, amount_credited,
                    estimated, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'CDF', 'issued', current_date, current_date + 15, 15000, 2400, 17400,
                        0, 0, false, ?, ?, 0)""", invoices);
        template.batchUpdate("""
                insert into bench_plain_lines (invoice_id, position, kind, description, quantity, unit, unit_price,
                    discount, tax_rate, amount)
                values (?, ?, 'fixed_fee', 'Abonnement mensuel', 1, 'mois', 15000, 0, 0.16, ?)""", lines);
    }
}
