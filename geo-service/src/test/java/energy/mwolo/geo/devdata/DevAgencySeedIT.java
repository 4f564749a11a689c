package energy.mwolo.geo.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevStaff;
import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.geo.Tokens;
import energy.mwolo.platformtest.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dev profile's agency, as staff find it on the devstack. This context shares the database with the others; its
 * own relay is off (the other contexts' relay owns the slot).
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = "mwolo.outbox.relay.enabled=false")
class DevAgencySeedIT extends AbstractApiIT {

    @Autowired
    private DevAgencySeed seed;

    @Test
    void theDevAgencyIsOpenInKinshasaOnceWhateverTheNumberOfStarts() throws Exception {
        seed.run(null);

        Api.Reply agencies = api.get("/api/agencies/?search="
                + URLEncoder.encode(DevStaff.AGENCY_NAME, StandardCharsets.UTF_8)).as(Tokens.admin()).send();

        assertThat(agencies.status()).as(agencies.toString()).isEqualTo(200);
        assertThat(agencies.json().path("count").asLong()).isEqualTo(1);
        JsonNode agency = agencies.json().path("results").get(0);
        assertThat(agency.path("name").asString()).isEqualTo(DevStaff.AGENCY_NAME);
        assertThat(agency.path("province_code").asString()).isEqualTo("KN");
        assertThat(agency.path("is_active").asBoolean()).isTrue();
    }
}
