package energy.mwolo.systemtests.billing;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Billing runs and invoices as an accountant starts and reads them through the gateway. */
public final class BillingRuns {

    private static final Duration ASYNC = Duration.ofSeconds(60);

    private BillingRuns() {
    }

    /** Starts a run of {@code period}, waits for its end and answers it, completed. */
    public static JsonNode completedRun(Api gateway, String accountant, YearMonth period) {
        Api.Reply started = gateway.post("/api/billing/runs/", Map.of("period", period.toString())).as(accountant)
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.location();
        JsonNode run = Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(300))
                .until(() -> gateway.get(location).as(accountant).send().json(),
                        r -> !"running".equals(r.path("status").asString()));
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("completed");
        return run;
    }

    /** The page of the contract's invoices. */
    public static JsonNode invoicesOfContract(Api gateway, String accountant, String contract) {
        Api.Reply page = gateway.get("/api/billing/invoices/?contract=" + contract).as(accountant).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json();
    }
}
