package energy.mwolo.contracts.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.GoldenSamples;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** The rules the agency schemas enforce beyond presence: ranges, the code pattern and formats. */
class AgencyEventsTest {

    static List<EventContract<?>> agencyStates() {
        return List.of(AgencyOpened.CONTRACT, AgencyUpdated.CONTRACT);
    }

    static List<EventContract<?>> agencyEvents() {
        return List.of(AgencyOpened.CONTRACT, AgencyUpdated.CONTRACT, AgencyClosed.CONTRACT);
    }

    static List<Arguments> outOfRangeCoordinates() {
        return agencyStates().stream()
                .flatMap(contract -> List.of(
                        Arguments.of(contract, "latitude", "-90.0001"),
                        Arguments.of(contract, "latitude", "91"),
                        Arguments.of(contract, "longitude", "-180.5"),
                        Arguments.of(contract, "longitude", "180.0001")).stream())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("outOfRangeCoordinates")
    void coordinateOutsideTheGlobeFailsValidation(EventContract<?> contract, String field, String value) {
        ObjectNode sample = GoldenSamples.tree(contract).put(field, new BigDecimal(value));

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("agencyStates")
    void coordinatesOnTheEdgeOfTheGlobeAreValid(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract)
                .put("latitude", new BigDecimal("-90"))
                .put("longitude", new BigDecimal("180"));

        assertThat(ContractSchemas.violations(contract, sample)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("agencyStates")
    void coordinatesWrittenAsTextFailValidation(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract).put("latitude", "-4.3036");

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("agencyEvents")
    void codeOutsideTheAgencyPatternFailsValidation(EventContract<?> contract) {
        for (String code : List.of("KN-001", "AG-kn-001", "AG-KN-01", "AG-KIN-001", " AG-KN-001")) {
            ObjectNode sample = GoldenSamples.tree(contract).put("code", code);

            assertThat(ContractSchemas.violations(contract, sample)).as(code).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("agencyEvents")
    void malformedAgencyIdFailsValidation(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract).put("agency_id", "AG-KN-001");

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("agencyEvents")
    void occurredAtOutsideIso8601FailsValidation(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract).put("occurred_at", "03/03/2025 07:30");

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("agencyStates")
    void malformedEmailFailsValidation(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract).put("email", "agence.gombe-at-mwolo.energy");

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("agencyStates")
    void optionalFieldsMayBeExplicitlyNull(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract);
        for (String field : List.of("country_code", "territory_id", "address", "phone", "email", "manager_id", "latitude",
                "longitude", "opening_hours")) {
            sample.putNull(field);
        }

        assertThat(ContractSchemas.violations(contract, sample)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("agencyStates")
    void aCountryCodeOtherThanTwoCapitalLettersFailsValidation(EventContract<?> contract) {
        for (String country : List.of("cd", "COD", "C")) {
            ObjectNode sample = GoldenSamples.tree(contract).put("country_code", country);

            assertThat(ContractSchemas.violations(contract, sample)).as(country).isNotEmpty();
        }
    }

    @Test
    void anEventWrittenBeforeTheCountryWasAddedReadsWithoutCountry() {
        ObjectNode sample = GoldenSamples.tree(AgencyUpdated.CONTRACT);
        sample.remove("country_code");

        assertThat(ContractSchemas.violations(AgencyUpdated.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, AgencyUpdated.class)
                .countryCode()).isNull();
    }

    @Test
    void anAgencyEventCannotBeBuiltWithoutItsIdentity() {
        Instant now = Instant.parse("2025-03-03T07:30:00Z");

        assertThatNullPointerException()
                .isThrownBy(() -> new AgencyClosed(null, "AG-KN-001", now))
                .withMessage("agencyId");
        assertThatNullPointerException()
                .isThrownBy(() -> new AgencyOpened(UUID.randomUUID(), "AG-KN-001", "Agence Gombe", null, "KN",
                        null, null, null, null, null, null, null, null, true, now))
                .withMessage("provinceId");
    }
}
