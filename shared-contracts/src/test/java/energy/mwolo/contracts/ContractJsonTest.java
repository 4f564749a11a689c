package energy.mwolo.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.geo.AgencyFixtures;
import energy.mwolo.contracts.geo.AgencyOpened;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContractJsonTest {

    private final AgencyOpened gombe = AgencyFixtures.gombeOpened();

    @Test
    void writesPropertyNamesInSnakeCase() {
        JsonNode json = tree(ContractJson.write(gombe));

        assertThat(json.propertyNames()).contains("agency_id", "province_code", "opening_hours", "occurred_at")
                .doesNotContain("agencyId", "occurredAt");
    }

    @Test
    void writesInstantsAsIso8601InUtc() {
        assertThat(tree(ContractJson.write(gombe)).get("occurred_at").asString()).isEqualTo("2025-03-03T07:30:00Z");
    }

    @Test
    void writesCoordinatesAsJsonNumbersAndReadsThemBackExactly() {
        String json = ContractJson.write(gombe);

        assertThat(tree(json).get("latitude").isNumber()).isTrue();
        assertThat(tree(json).get("longitude").isNumber()).isTrue();
        assertThat(ContractJson.read(json, AgencyOpened.class).latitude()).isEqualTo(new BigDecimal("-4.3036"));
    }

    @Test
    void leavesAbsentOptionalFieldsOutOfThePayload() {
        JsonNode json = tree(ContractJson.write(AgencyFixtures.gombeOpenedWithoutOptionalFields()));

        assertThat(json.propertyNames()).containsExactly(
                "agency_id", "code", "name", "province_id", "province_code", "active", "occurred_at");
    }

    @Test
    void readsMissingOptionalFieldsAsNull() {
        String json = ContractJson.write(AgencyFixtures.gombeOpenedWithoutOptionalFields());

        assertThat(ContractJson.read(json, AgencyOpened.class))
                .isEqualTo(AgencyFixtures.gombeOpenedWithoutOptionalFields());
    }

    @Test
    void ignoresPropertiesItDoesNotKnow() {
        String json = ContractJson.write(gombe).replaceFirst("\\{", "{\"mobile_money_number\":\"+243 81 555 0199\",");

        assertThat(ContractJson.read(json, AgencyOpened.class)).isEqualTo(gombe);
    }

    @Test
    void payloadsKeepTheirWireFormatUnderAMapperWithJacksonDefaults() {
        JsonMapper serviceMapper = JsonMapper.builder().build();
        String json = ContractJson.write(gombe);

        assertThat(tree(serviceMapper.writeValueAsString(gombe))).isEqualTo(tree(json));
        assertThat(serviceMapper.readValue(json.replaceFirst("\\{", "{\"unknown\":1,"), AgencyOpened.class))
                .isEqualTo(gombe);
    }

    private static JsonNode tree(String json) {
        return ContractJson.mapper().readTree(json);
    }
}
