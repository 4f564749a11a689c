package energy.mwolo.systemtests.mobilemoney;

import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.PROVIDERS;
import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.count;
import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.strings;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.mobilemoney.simulator.Payment;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.RunningPlatform;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Money customers send to the paybill number on their own, over the real identity and billing jars with the simulated
 * M-Pesa: a payment naming a client number is confirmed by a status query and credited; one naming nothing of ours is
 * parked until an accountant assigns it; one notified while M-Pesa's API is down is parked unconfirmed and credited
 * by billing's later status queries once the API is back, without anyone's help. The accountant's reconciliation of
 * the day against M-Pesa's statement then shows each of them, a request whose amount M-Pesa booked differently, one
 * missing from M-Pesa's statement and a paybill payment still parked.
 */
class PaybillAndReconciliationIT {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final Duration ASYNC = Duration.ofSeconds(60);
    private static final String UNMATCHED = "/api/billing/mobile-money/unmatched/";

    @RegisterExtension
    static final RunningPlatform PLATFORM = MobileMoneyPlatform.platform();

    @Test
    void paybillPaymentsAreCreditedParkedOrAskedAboutAgainAndTheDaysReconciliationShowsEachOne() {
        MobileMoneyPlatform.callBillingBack(PLATFORM);
        String billingUrl = PLATFORM.url(ServiceCatalogue.BILLING);
        PROVIDERS.configure(Provider.MPESA, settings -> settings.withC2bCallbackUrl(billingUrl
                + "/api/billing/webhooks/mpesa/c2b/"));
        Api billing = new Api(billingUrl);
        String token = MobileMoneyPlatform.accountant(PLATFORM);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> clients = MobileMoneyPlatform.clients("paybill-" + batch, 5);
        UUID byNumber = clients.get(0);
        UUID assigned = clients.get(1);
        UUID duringOutage = clients.get(2);

        Payment named = pays(clientNumber(byNumber), "7.25");
        Payment unknown = pays("KIOSQUE 14 " + batch, "3.00");
        Payment stillParked = pays("MAISON ROUGE " + batch, "1.50");
        awaitVerdict(named, "credited");
        awaitVerdict(unknown, "held_paybill");
        awaitVerdict(stillParked, "held_paybill");
        Payment whileDown;
        try {
            PROVIDERS.configure(Provider.MPESA, settings -> settings.withReachable(false));
            whileDown = pays(clientNumber(duringOutage).toLowerCase().replace("-", " "), "4.40");
            awaitVerdict(whileDown, "held_paybill");
            assertThat(parked(billing, token, whileDown).path("reason").asString()).isEqualTo("unconfirmed");
        } finally {
            PROVIDERS.configure(Provider.MPESA, settings -> settings.withReachable(true));
        }

        // Nobody touches the one notified during the outage: billing asks M-Pesa again and credits it.
        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                MobileMoneyPlatform.creditOf(billing, token, duringOutage).compareTo(new BigDecimal("4.40")) == 0);
        JsonNode parked = parked(billing, token, unknown);
        assertThat(parked.path("reason").asString()).isEqualTo("unmatched");
        Api.Reply assign = billing.post(UNMATCHED + parked.path("id").asString() + "/assign/",
                Map.of("client", assigned.toString())).as(token).send();
        Api.Reply again = billing.post(UNMATCHED + parked.path("id").asString() + "/assign/",
                Map.of("client", byNumber.toString())).as(token).send();

        assertThat(assign.status()).as(assign.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(MobileMoneyPlatform.creditOf(billing, token, byNumber)).isEqualByComparingTo("7.25");
        assertThat(MobileMoneyPlatform.creditOf(billing, token, assigned)).isEqualByComparingTo("3.00");
        assertThat(count("select count(*) from mobile_money_paybill where provider_transaction_id = ? "
                + "and status = 'credited' and checks_made >= 1", whileDown.id())).isEqualTo(1);
        assertThat(strings("select status from mobile_money_paybill where provider_transaction_id = any(?) "
                + "order by status", List.of(named.id(), unknown.id(), stillParked.id(), whileDown.id())))
                .containsExactly("credited", "credited", "credited", "parked");

        // Two requests of ours: M-Pesa books one at another amount and leaves the other out of its statement.
        String different = requested(billing, token, clients.get(3), "6.00");
        String leftOut = requested(billing, token, clients.get(4), "8.00");
        PROVIDERS.bookAmount(different, new BigDecimal("5.50"));
        PROVIDERS.leaveOutOfStatement(leftOut);
        LocalDate today = LocalDate.now(KINSHASA);
        Api.Reply report = billing.get("/api/billing/mobile-money/reconciliation/mpesa/" + today + "/").as(token)
                .send();

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        Map<String, JsonNode> lines = new HashMap<>();
        report.json().path("lines").valueStream()
                .forEach(line -> lines.put(line.path("provider_transaction_id").asString(), line));
        assertThat(lines.get(named.id()).path("kind").asString()).isEqualTo("matched");
        assertThat(lines.get(unknown.id()).path("kind").asString()).isEqualTo("matched");
        assertThat(lines.get(whileDown.id()).path("kind").asString()).isEqualTo("matched");
        assertThat(lines.get(stillParked.id()).path("kind").asString()).isEqualTo("missing_ours");
        assertThat(lines.get(stillParked.id()).path("theirs").asString()).isEqualTo("1.50");
        assertThat(lines.get(different).path("kind").asString()).isEqualTo("amount_difference");
        assertThat(lines.get(different).path("ours").asString()).isEqualTo("6.00");
        assertThat(lines.get(different).path("theirs").asString()).isEqualTo("5.50");
        assertThat(lines.get(leftOut).path("kind").asString()).isEqualTo("missing_theirs");
        assertThat(report.json().path("missing_on_our_side").asLong()).isPositive();
        assertThat(report.json().path("missing_on_their_side").asLong()).isPositive();
        assertThat(report.json().path("amount_differences").asLong()).isPositive();
    }

    /** A customer pays the paybill number by M-Pesa naming {@code account}; M-Pesa notifies billing at once. */
    private static Payment pays(String account, String amount) {
        String msisdn = MobileMoneyPlatform.number(Provider.MPESA);
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));
        return PROVIDERS.customerPays(Provider.MPESA, account, "243" + msisdn, new BigDecimal(amount), "USD");
    }

    /** A request of ours for the client, confirmed by the customer and credited: its M-Pesa transaction id. */
    private static String requested(Api billing, String token, UUID client, String amount) {
        String msisdn = MobileMoneyPlatform.number(Provider.MPESA);
        PROVIDERS.scenarioForMsisdn(msisdn, Scenario.success(Duration.ZERO));
        String reference = MobileMoneyPlatform.request(billing, token, client, amount, msisdn, Provider.MPESA)
                .path("reference").asString();
        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(300)).until(() -> count(
                "select count(*) from mobile_money_requests where reference = ? and status = 'succeeded'",
                reference) == 1);
        return strings("""
                select c.provider_transaction_id from mobile_money_credits c
                join mobile_money_requests r on r.id = c.request_id where r.reference = ?""", reference).get(0);
    }

    private static void awaitVerdict(Payment payment, String verdict) {
        Awaitility.await().atMost(ASYNC).pollInterval(Duration.ofMillis(300)).until(() -> strings(
                "select verdict from mobile_money_callbacks where body like ? and verdict is not null",
                "%" + payment.id() + "%"), verdicts -> !verdicts.isEmpty());
        assertThat(strings("select verdict from mobile_money_callbacks where body like ? and verdict is not null",
                "%" + payment.id() + "%")).containsExactly(verdict);
    }

    private static JsonNode parked(Api billing, String token, Payment payment) {
        Api.Reply listed = billing.get(UNMATCHED).as(token).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().valueStream()
                .filter(one -> one.path("provider_transaction_id").asString().equals(payment.id()))
                .findFirst().orElseThrow(() -> new AssertionError("Not parked: " + payment.id()));
    }

    private static String clientNumber(UUID client) {
        return strings("select number from crm_clients where id = ?", client).get(0);
    }
}
