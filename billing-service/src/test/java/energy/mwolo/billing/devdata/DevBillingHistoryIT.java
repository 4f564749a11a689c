package energy.mwolo.billing.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.CrmFixtures;
import energy.mwolo.billing.CrmFixtures.Terms;
import energy.mwolo.billing.Tokens;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dev customer's billing history, as {@code client@mwolo.local} finds it on the devstack. This context shares the
 * database with the others; its own relay is off (the other contexts' relay owns the slot).
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = {"mwolo.outbox.relay.enabled=false", "mwolo.dev-data.retry-every=1s"})
class DevBillingHistoryIT extends AbstractApiIT {

    private static final UUID CLIENT = DevCustomer.clientId();
    private static final UUID CONTRACT = DevCustomer.homeContractId();
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Africa/Kinshasa"));

    @Autowired
    private DevBillingHistory seed;

    @Test
    void onceCrmAnnouncesTheHomeContractTheCustomerFindsAPaidAnOverdueAndAnOpenInvoiceAndNothingIsSeededTwice() {
        assertThat(seed.seed()).as("nothing to do before crm announces the home contract").isFalse();
        Instant at = Instant.now();
        Terms home = new Terms(CONTRACT, CLIENT, DevCustomer.homeSiteId(), "monthly_flat_fee", "3.00", null, "RES",
                "USD", THIS_MONTH.minusMonths(2).atDay(1), null);
        try (ServiceEvents crm = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.CRM)) {
            crm.publish(ClientRegistered.CONTRACT, CLIENT, CrmFixtures.client(CLIENT, at));
            crm.publish(SiteRegistered.CONTRACT, home.site(), CrmFixtures.site(home.site(), CLIENT, false, at));
            crm.publish(ContractActivated.CONTRACT, CONTRACT, home.activated(at));
        }
        String customer = Tokens.clientOf(CLIENT);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/billing/invoices/").as(customer).send().json().path("count").asLong() == 3);

        List<JsonNode> invoices = api.get("/api/billing/invoices/?ordering=issue_date").as(customer).send().json()
                .path("results").valueStream().toList();
        assertThat(invoices).extracting(i -> i.path("period").asString()).containsExactly(
                THIS_MONTH.minusMonths(2).toString(), THIS_MONTH.minusMonths(1).toString(), THIS_MONTH.toString());
        assertThat(invoices).extracting(i -> i.path("status").asString())
                .containsExactly("paid", "overdue", "issued");
        assertThat(invoices).extracting(i -> i.path("issue_date").asString()).containsExactly(
                THIS_MONTH.minusMonths(2).atDay(1).toString(), THIS_MONTH.minusMonths(1).atDay(1).toString(),
                LocalDate.now(ZoneId.of("Africa/Kinshasa")).toString());
        assertThat(invoices).extracting(i -> i.path("due_date").asString()).containsExactly(
                THIS_MONTH.minusMonths(2).atDay(16).toString(), THIS_MONTH.minusMonths(1).atDay(16).toString(),
                LocalDate.now(ZoneId.of("Africa/Kinshasa")).plusDays(15).toString());
        assertThat(invoices).allSatisfy(invoice -> {
            assertThat(invoice.path("contract").asString()).isEqualTo(CONTRACT.toString());
            assertThat(invoice.path("currency").asString()).isEqualTo("USD");
            assertThat(new BigDecimal(invoice.path("total").asString())).isGreaterThan(
                    new BigDecimal("3.00"));
        });
        assertThat(invoices).extracting(i -> i.path("number").asString()).as("numbered in date order")
                .isSortedAccordingTo(String::compareTo);
        assertThat(invoices.get(0).path("balance").asString()).isEqualTo("0.00");
        assertThat(invoices.get(1).path("balance").asString()).isEqualTo(invoices.get(1).path("total").asString());

        JsonNode payments = api.get("/api/billing/payments/").as(customer).send().json();
        assertThat(payments.path("count").asLong()).isEqualTo(1);
        JsonNode payment = payments.path("results").get(0);
        assertThat(payment.path("method").asString()).isEqualTo("cash");
        assertThat(payment.path("status").asString()).isEqualTo("confirmed");
        assertThat(payment.path("amount").asString()).isEqualTo(invoices.get(0).path("total").asString());
        assertThat(payment.path("received_on").asString())
                .isEqualTo(THIS_MONTH.minusMonths(2).atDay(10).toString());

        assertThat(recorded("billing.InvoiceIssued")).isEqualTo(3);
        assertThat(recorded("billing.InvoiceOverdue")).isEqualTo(1);
        assertThat(recorded("billing.InvoicePaid")).isEqualTo(1);

        assertThat(seed.seed()).as("a later start finds the history there").isTrue();
        Api.Reply again = api.get("/api/billing/invoices/?contract=" + CONTRACT).as(Tokens.accountant()).send();
        assertThat(again.json().path("results").valueStream()
                .filter(i -> i.path("contract").asString().equals(CONTRACT.toString()))).hasSize(3);
        assertThat(recorded("billing.InvoiceIssued")).isEqualTo(3);
    }

    /** Events of the home contract's invoices written to the outbox, of one type. */
    private long recorded(String type) {
        return jdbc.sql("""
                        select count(*) from outbox o join invoices i on o.aggregate_id = i.id::text
                        where i.contract_id = ? and o.event_type = ?""")
                .param(CONTRACT).param(type).query(Long.class).single();
    }
}
