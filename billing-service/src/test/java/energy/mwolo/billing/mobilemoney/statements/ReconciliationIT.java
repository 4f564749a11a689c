package energy.mwolo.billing.mobilemoney.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.mobilemoney.statements.application.ReconcilingStatements;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.platformtest.Api.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The simulated M-Pesa's statement of today against our credits: one payment of each kind (matched, booked for
 * another amount, left out of the statement, never credited by us), and the nightly run that keeps a day's report.
 */
class ReconciliationIT extends AbstractApiIT {

    private static final String REPORTS = "/api/billing/mobile-money/reconciliation/";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** After the request's transaction (the idempotency key's) commits, which follows the provider's answer. */
    private static final Duration CALLBACK_DELAY = Duration.ofSeconds(2);

    @Autowired
    private ReconcilingStatements reconciling;

    @BeforeEach
    void providersCallBack() {
        providerCallbacksComeHere();
    }

    @Test
    void todaysStatementShowsEachKindOfLineAndIsNotKeptBeforeTheDayIsOver() {
        String matched = credited("4.00");
        String different = credited("6.00");
        String leftOut = credited("8.00");
        String msisdn = unusedNumber("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO).dropped());
        String lost = PROVIDERS.customerPays(Provider.MPESA, "NOBODY-" + msisdn, "243" + msisdn,
                new BigDecimal("2.50"), "USD").id();
        PROVIDERS.bookAmount(different, new BigDecimal("5.50"));
        PROVIDERS.leaveOutOfStatement(leftOut);
        LocalDate today = BusinessTime.system().today();

        Reply reply = api.get(REPORTS + "mpesa/" + today + "/").as(Tokens.accountant()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("provider").asString()).isEqualTo("mpesa");
        assertThat(reply.json().path("date").asString()).isEqualTo(today.toString());
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        reply.json().path("lines").valueStream()
                .forEach(line -> lines.put(line.path("provider_transaction_id").asString(), line));
        assertThat(lines.get(matched).path("kind").asString()).isEqualTo("matched");
        assertThat(lines.get(different).path("kind").asString()).isEqualTo("amount_difference");
        assertThat(lines.get(different).path("ours").asString()).isEqualTo("6.00");
        assertThat(lines.get(different).path("theirs").asString()).isEqualTo("5.50");
        assertThat(lines.get(leftOut).path("kind").asString()).isEqualTo("missing_theirs");
        assertThat(lines.get(lost).path("kind").asString()).isEqualTo("missing_ours");
        assertThat(lines.get(lost).path("reference").asString()).isEqualTo("NOBODY-" + msisdn);
        assertThat(reply.json().path("matched").asLong()).isPositive();
        assertThat(reply.json().path("missing_on_our_side").asLong()).isPositive();
        assertThat(reply.json().path("missing_on_their_side").asLong()).isPositive();
        assertThat(reply.json().path("amount_differences").asLong()).isPositive();
        assertThat(jdbc.sql("select count(*) from mobile_money_reconciliations where day = ?")
                .param(java.sql.Date.valueOf(today)).query(Long.class).single()).isZero();
    }

    @Test
    void theNightlyRunKeepsYesterdaysReportWhichIsThenServedAsItWasFound() {
        LocalDate yesterday = BusinessTime.system().today().minusDays(1);

        reconciling.reconcileYesterday();

        Reply first = api.get(REPORTS + "airtel/" + yesterday + "/").as(Tokens.accountant()).send();
        Reply second = api.get(REPORTS + "airtel/" + yesterday + "/").as(Tokens.admin()).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.json().path("generated_at").asString())
                .isEqualTo(first.json().path("generated_at").asString());
        assertThat(jdbc.sql("select count(*) from mobile_money_reconciliations where day = ?")
                .param(java.sql.Date.valueOf(yesterday)).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void onlyStaffWhoSettleMoneySeeItAndBadDaysOrProvidersAreRefused() {
        LocalDate today = BusinessTime.system().today();

        assertThat(api.get(REPORTS + "mpesa/" + today + "/").as(Tokens.salesAgent()).send().status())
                .isEqualTo(403);
        assertThat(api.get(REPORTS + "mpesa/" + today + "/").as(Tokens.clientOf(client())).send().status())
                .isEqualTo(403);
        Reply future = api.get(REPORTS + "mpesa/" + today.plusDays(1) + "/").as(Tokens.accountant()).send();
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("billing.mobile_money.reconciliation_date");
        assertThat(api.get(REPORTS + "mpesa/04-12-2026/").as(Tokens.accountant()).send().code())
                .isEqualTo("billing.mobile_money.reconciliation_date");
        assertThat(api.get(REPORTS + "wave/" + today + "/").as(Tokens.accountant()).send().code())
                .isEqualTo("billing.mobile_money.provider_unknown");
    }

    /** An M-Pesa request of ours, confirmed and credited: its provider transaction id. */
    private String credited(String amount) {
        String msisdn = unusedNumber("81");
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(CALLBACK_DELAY));
        Reply created = api.post("/api/billing/mobile-money/requests/", Map.of("client", client().toString(),
                        "amount", amount, "currency", "USD", "msisdn", "+243" + msisdn, "provider", "mpesa"))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        String id = created.json().path("id").asString();
        await().atMost(WAIT).until(() -> "succeeded".equals(jdbc.sql(
                "select status from mobile_money_requests where id = ?::uuid").param(id).query(String.class).single()));
        return jdbc.sql("select provider_transaction_id from mobile_money_credits where request_id = ?::uuid")
                .param(id).query(String.class).single();
    }

}
