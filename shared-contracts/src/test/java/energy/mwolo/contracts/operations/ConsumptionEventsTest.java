package energy.mwolo.contracts.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/** What the consumption schema and record enforce beyond presence: energy figures, periods and revisions. */
class ConsumptionEventsTest {

    @Test
    void consumptionIsPublishedOnTheOperationsConsumptionTopic() {
        assertThat(ConsumptionRecorded.CONTRACT.topic()).isEqualTo(Topics.OPERATIONS_CONSUMPTION_EVENTS);
        assertThat(ConsumptionRecorded.CONTRACT.source()).isEqualTo("operations-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kwh", "register_start", "register_end"})
    void aNegativeEnergyFailsValidationAndCannotBeRead(String field) {
        ObjectNode sample = GoldenSamples.tree(ConsumptionRecorded.CONTRACT).put(field, "-0.5");

        assertThat(ContractSchemas.violations(ConsumptionRecorded.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, ConsumptionRecorded.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anEnergyWrittenAsAJsonNumberFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(ConsumptionRecorded.CONTRACT).put("kwh", new BigDecimal("412.5"));

        assertThat(ContractSchemas.violations(ConsumptionRecorded.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void aRevisionBelowOneFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(ConsumptionRecorded.CONTRACT).put("revision", 0);

        assertThat(ContractSchemas.violations(ConsumptionRecorded.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, ConsumptionRecorded.class))
                .isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"register_start", "register_end"})
    void oneRegisterValueWithoutTheOtherFailsValidationAndCannotBeRead(String missing) {
        ObjectNode sample = GoldenSamples.tree(ConsumptionRecorded.CONTRACT);
        sample.remove(missing);

        assertThat(ContractSchemas.violations(ConsumptionRecorded.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, ConsumptionRecorded.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aPeriodEndingBeforeItStartsCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(ConsumptionRecorded.CONTRACT).put("period_end", "2025-04-30");

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, ConsumptionRecorded.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("periodEnd");
    }

    @Test
    void aCorrectionCarriesTheSameContractAndPeriodWithAHigherRevision() {
        ObjectNode correction = GoldenSamples.tree(ConsumptionRecorded.CONTRACT).put("kwh", "402.5")
                .put("register_end", "18637.2").put("revision", 2);

        ConsumptionRecorded first = ContractJson.read(GoldenSamples.text(ConsumptionRecorded.CONTRACT),
                ConsumptionRecorded.class);
        ConsumptionRecorded second = ContractJson.mapper().treeToValue(correction, ConsumptionRecorded.class);

        assertThat(ContractSchemas.violations(ConsumptionRecorded.CONTRACT, correction)).isEmpty();
        assertThat(second.contractId()).isEqualTo(first.contractId());
        assertThat(second.periodStart()).isEqualTo(first.periodStart());
        assertThat(second.periodEnd()).isEqualTo(first.periodEnd());
        assertThat(second.revision()).isGreaterThan(first.revision());
    }

    @Test
    void aWholeNumberOfKilowattHoursIsWrittenAsPlainDigits() {
        ConsumptionRecorded recorded = new ConsumptionRecorded(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "MW-0004512", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                new BigDecimal("4E+2"), true, null, null, 1, Instant.parse("2025-07-01T02:15:00Z"));

        ObjectNode json = (ObjectNode) ContractJson.mapper().readTree(ContractJson.write(recorded));

        assertThat(json.path("kwh").asString()).isEqualTo("400");
        assertThat(ContractSchemas.violations(ConsumptionRecorded.CONTRACT, json)).isEmpty();
    }
}
