package energy.mwolo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonNamesTest {

    @Test
    void javaNamesBecomeTheSnakeCaseNamesClientsSend() {
        assertThat(JsonNames.snakeCase("agencyId")).isEqualTo("agency_id");
        assertThat(JsonNames.snakeCase("name")).isEqualTo("name");
        assertThat(JsonNames.snakeCase("openedOnDate")).isEqualTo("opened_on_date");
        assertThat(JsonNames.snakeCase("addressLine2")).isEqualTo("address_line2");
        assertThat(JsonNames.snakeCase("line2Text")).isEqualTo("line2_text");
    }

    @Test
    void namesAlreadyInSnakeCaseAreLeftAlone() {
        assertThat(JsonNames.snakeCase("page_size")).isEqualTo("page_size");
    }

    @Test
    void nestedAndIndexedPathsKeepTheirDotsAndBrackets() {
        assertThat(JsonNames.snakeCase("address.streetName")).isEqualTo("address.street_name");
        assertThat(JsonNames.snakeCase("meters[0].serialNumber")).isEqualTo("meters[0].serial_number");
    }
}
