package energy.mwolo.contracts.crm;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.GoldenSamples;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** The contract events' optional tariff code: billing's catalogue code, absent from events written before it. */
class ContractEventsTest {

    static List<EventContract<?>> contractEvents() {
        return List.of(ContractActivated.CONTRACT, ContractSuspended.CONTRACT, ContractTerminated.CONTRACT,
                ContractTariffChanged.CONTRACT);
    }

    @ParameterizedTest
    @MethodSource("contractEvents")
    void anEventWithATariffCodeReadsIt(EventContract<?> contract) throws ReflectiveOperationException {
        Object read = ContractJson.mapper().treeToValue(GoldenSamples.variant(contract, "tariff-code"),
                contract.payloadType());

        assertThat(tariffCode(read)).isEqualTo("PUBLIC-LV");
    }

    @ParameterizedTest
    @MethodSource("contractEvents")
    void anEventWrittenBeforeTheTariffCodeWasAddedReadsWithoutOne(EventContract<?> contract)
            throws ReflectiveOperationException {
        ObjectNode before = GoldenSamples.tree(contract);

        assertThat(before.has("tariff_code")).isFalse();
        assertThat(ContractSchemas.violations(contract, before)).isEmpty();
        assertThat(tariffCode(ContractJson.mapper().treeToValue(before, contract.payloadType()))).isNull();
    }

    @ParameterizedTest
    @MethodSource("contractEvents")
    void aTariffCodeOutsideTheCataloguesPatternFailsValidation(EventContract<?> contract) {
        for (String code : List.of("res-social", "RES SOCIAL", "-RES", "R", "R".repeat(33), "RÉS-SOCIAL")) {
            ObjectNode sample = GoldenSamples.variant(contract, "tariff-code").put("tariff_code", code);

            assertThat(ContractSchemas.violations(contract, sample)).as(code).isNotEmpty();
        }
    }

    @Test
    void aTariffCodeOfThirtyTwoCharactersIsValid() {
        ObjectNode sample = GoldenSamples.variant(ContractTariffChanged.CONTRACT, "tariff-code")
                .put("tariff_code", "R" + "-9".repeat(15) + "X");

        assertThat(ContractSchemas.violations(ContractTariffChanged.CONTRACT, sample)).isEmpty();
    }

    @Test
    void codeWrittenAgainstTheFormerComponentsStillBuildsAnEventWithoutTariffCode() {
        ContractTariffChanged changed = new ContractTariffChanged(UUID.randomUUID(), "CT-2025-000123",
                UUID.randomUUID(), UUID.randomUUID(), true, "metered", null, new BigDecimal("300.0000"), "CDF", 5,
                LocalDate.of(2025, 5, 1), null, "active", Instant.parse("2025-08-01T08:00:00Z"));

        assertThat(changed.tariffCode()).isNull();
        assertThat(ContractJson.mapper().readTree(ContractJson.write(changed)).has("tariff_code")).isFalse();
    }

    private static Object tariffCode(Object event) throws ReflectiveOperationException {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("tariffCode")) {
                return component.getAccessor().invoke(event);
            }
        }
        throw new AssertionError(event.getClass() + " has no tariffCode");
    }
}
