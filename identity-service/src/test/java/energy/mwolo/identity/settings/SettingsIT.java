package energy.mwolo.identity.settings;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.platformtest.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SettingsIT extends AbstractApiIT {

    private static final String SETTINGS = "/api/core/settings/";

    @Test
    void anyoneSignedInReadsTypedSettings() {
        String client = accounts.signedIn("CLIENT").access();

        Api.Reply list = api.get(SETTINGS).as(client).send();
        JsonNode vat = api.get(SETTINGS + "vat_rate/").as(client).send().json();
        JsonNode terms = api.get(SETTINGS + "payment_terms_days/").as(client).send().json();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("count").asLong()).isEqualTo(Setting.values().length);
        assertThat(vat.path("type").asString()).isEqualTo("percent");
        assertThat(vat.path("value").isString()).isTrue();
        assertThat(terms.path("value").isNumber()).isTrue();
        assertThat(terms.path("description").asString()).isNotBlank();
        assertThat(api.get(SETTINGS).send().status()).isEqualTo(401);
    }

    @Test
    void aSuperAdminChangesAValueWhichIsWrittenInItsCanonicalForm() {
        String root = accounts.root().access();
        try {
            Api.Reply vat = api.put(SETTINGS + "vat_rate/", Map.of("value", 18)).as(root).send();
            Api.Reply hour = api.put(SETTINGS + "late_hour/", Map.of("value", "08:30")).as(root).send();

            assertThat(vat.status()).as(vat.toString()).isEqualTo(200);
            assertThat(vat.json().path("value").asString()).isEqualTo("18.00");
            assertThat(vat.json().path("updated_by").asString()).isNotBlank();
            assertThat(hour.json().path("value").asString()).isEqualTo("08:30");
            assertThat(api.get(SETTINGS + "vat_rate/").as(root).send().json().path("value").asString())
                    .isEqualTo("18.00");
        } finally {
            api.put(SETTINGS + "vat_rate/", Map.of("value", "16.00")).as(root).send();
            api.put(SETTINGS + "late_hour/", Map.of("value", "09:00")).as(root).send();
        }
    }

    @Test
    void aValueOutsideItsTypeIsRefusedNamingTheValue() {
        String root = accounts.root().access();

        for (Map.Entry<String, Object> invalid : Map.<String, Object>of("vat_rate", "seize", "payment_terms_days", -1,
                "late_hour", "25:00", "default_currency", "EUR", "self_registration_open", "peut-être").entrySet()) {
            Api.Reply reply = api.put(SETTINGS + invalid.getKey() + "/", Map.of("value", invalid.getValue()))
                    .as(root).send();
            assertThat(reply.status()).as(invalid.toString()).isEqualTo(400);
            assertThat(reply.fieldsInError()).as(invalid.toString()).containsExactly("value");
        }
        assertThat(api.put(SETTINGS + "vat_rate/", Map.of("value", Map.of("rate", 16))).as(root).send().status())
                .isEqualTo(400);
    }

    @Test
    void anAdminCannotChangeSystemSettings() {
        String admin = accounts.signedIn("ADMIN").access();

        assertThat(api.put(SETTINGS + "vat_rate/", Map.of("value", 0)).as(admin).send().status()).isEqualTo(403);
    }

    @Test
    void anUnknownSettingIsNotFound() {
        String root = accounts.root().access();

        assertThat(api.get(SETTINGS + "colour/").as(root).send().status()).isEqualTo(404);
        assertThat(api.put(SETTINGS + "colour/", Map.of("value", "bleu")).as(root).send().status()).isEqualTo(404);
    }
}
