package energy.mwolo.billing.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.CrmFixtures.Terms;
import energy.mwolo.billing.Tokens;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.operations.ConsumptionRecorded;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ServiceEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A month's kWh from operations (the highest revision wins) or from an accountant. */
class ConsumptionIT extends AbstractApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ConsumptionRecorded recorded(UUID contract, String kwh, int revision) {
        return new ConsumptionRecorded(contract, UUID.randomUUID(), UUID.randomUUID(), "MTR-0001",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), new BigDecimal(kwh), false, null, null, revision,
                Instant.now());
    }

    private String kwh(UUID contract) {
        Api.Reply reply = api.get("/api/billing/consumptions/?contract=" + contract + "&period=2026-03")
                .as(Tokens.accountant()).send();
        return reply.json().path("count").asInt() == 0 ? null
                : reply.json().path("results").get(0).path("kwh").asString();
    }

    @Test
    void theHighestRevisionWinsWhateverOrderTheyArriveIn() {
        UUID contract = UUID.randomUUID();
        try (ServiceEvents operations = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.OPERATIONS)) {
            operations.publish(ConsumptionRecorded.CONTRACT, contract, recorded(contract, "180", 2));
            operations.publish(ConsumptionRecorded.CONTRACT, contract, recorded(contract, "150", 1));
            UUID marker = UUID.randomUUID();
            operations.publish(ConsumptionRecorded.CONTRACT, marker, recorded(marker, "1", 1));
            await().atMost(WAIT).until(() -> kwh(marker) != null && kwh(contract) != null);
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> "180.000".equals(kwh(contract)));

            operations.publish(ConsumptionRecorded.CONTRACT, contract, recorded(contract, "175.5", 3));
            await().atMost(WAIT).until(() -> "175.500".equals(kwh(contract)));
        }
    }

    @Test
    void anAccountantEntersTheMonthOfAMeteredContractKnownFromCrm() {
        Terms terms = Terms.metered(UUID.randomUUID(), UUID.randomUUID(), null, "CDF", LocalDate.of(2025, 1, 1));
        try (ServiceEvents crm = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.CRM)) {
            crm.publish(ContractActivated.CONTRACT, terms.contract(), terms.activated(Instant.now()));
        }
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from crm_contracts where id = ?")
                .param(terms.contract()).query(Long.class).single() == 1);

        Api.Reply entered = api.post("/api/billing/consumptions/",
                        Map.of("contract", terms.contract().toString(), "period", "2026-03", "kwh", "212.25"))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();

        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(kwh(terms.contract())).isEqualTo("212.250");
    }

    @Test
    void anUnknownContractABadPeriodOrNegativeKwhAreRefused() {
        Api.Reply unknown = enter(UUID.randomUUID(), "2026-03", "10");
        Api.Reply badPeriod = enter(UUID.randomUUID(), "2026-3", "10");
        Api.Reply negative = enter(UUID.randomUUID(), "2026-03", "-1");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("billing.contract.unknown");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.fieldsInError()).containsExactly("period");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.fieldsInError()).containsExactly("kwh");
    }

    @Test
    void salesAgentsAndCustomersNeitherEnterNorReadConsumption() {
        assertThat(api.get("/api/billing/consumptions/").as(Tokens.clientOf(UUID.randomUUID())).send().status())
                .isEqualTo(403);
        assertThat(api.post("/api/billing/consumptions/",
                        Map.of("contract", UUID.randomUUID().toString(), "period", "2026-03", "kwh", "1"))
                .as(Tokens.salesAgent()).header("Idempotency-Key", key()).send().status()).isEqualTo(403);
    }

    private Api.Reply enter(UUID contract, String period, String kwh) {
        return api.post("/api/billing/consumptions/", Map.of("contract", contract.toString(), "period", period,
                "kwh", kwh)).as(Tokens.accountant()).header("Idempotency-Key", key()).send();
    }
}
