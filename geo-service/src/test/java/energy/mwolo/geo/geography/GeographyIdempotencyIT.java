package energy.mwolo.geo.geography;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.geo.Tokens;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every create of the territory tree and of nationalities takes an Idempotency-Key. */
class GeographyIdempotencyIT extends AbstractApiIT {

    @Autowired
    private JdbcClient jdbc;

    /**
     * Each case places its record under a country of its own, so that the counts of the reference data other tests
     * read (26 provinces of the Congo, 24 communes of Kinshasa) stay true.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"provinces, XP", "communes, XC", "territories, XT", "nationalities, XN"})
    void aRetriedCreateAnswersTheFirstCreationAgainAndCreatesNothing(String resource, String countryCode) {
        String admin = Tokens.admin();
        Map<String, Object> body = bodyFor(resource, countryCode, admin);
        String key = UUID.randomUUID().toString();

        Reply first = api.post("/api/geo/" + resource + "/", body).as(admin).header("Idempotency-Key", key).send();
        Reply retry = api.post("/api/geo/" + resource + "/", body).as(admin).header("Idempotency-Key", key).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(rows(resource, (String) body.get("code"))).isEqualTo(1);
    }

    @Test
    void aRetriedCountryCreationIsAnsweredFromTheFirst() {
        String admin = Tokens.admin();
        Map<String, Object> body = Map.of("code", "QZ", "name", "Pays rejoué");

        Reply first = api.post("/api/geo/countries/", body).as(admin).header("Idempotency-Key", "pays-qz").send();
        Reply retry = api.post("/api/geo/countries/", body).as(admin).header("Idempotency-Key", "pays-qz").send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as("without the key, the retry would be a 409 duplicate").isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(rows("countries", "QZ")).isEqualTo(1);
    }

    @Test
    void aRefusedCreateLeavesNoKeySoItsRetryRunsAgainOnceTheCauseIsGone() {
        String admin = Tokens.admin();
        String key = "pays-qy-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("code", "QY", "name", "Pays convoité");
        String squatter = api.post("/api/geo/countries/", Map.of("code", "QY", "name", "Premier arrivé"))
                .as(admin).send().location();

        Reply refused = api.post("/api/geo/countries/", body).as(admin).header("Idempotency-Key", key).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(keys(key)).isZero();

        assertThat(api.delete(squatter).as(admin).send().status()).isEqualTo(204);
        Reply retry = api.post("/api/geo/countries/", body).as(admin).header("Idempotency-Key", key).send();

        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(retry.json().path("name").asString()).isEqualTo("Pays convoité");
        assertThat(keys(key)).isEqualTo(1);
    }

    private Map<String, Object> bodyFor(String resource, String countryCode, String admin) {
        String country = id(api.post("/api/geo/countries/", Map.of("code", countryCode, "name", "Pays " + countryCode))
                .as(admin).send());
        if (resource.equals("provinces")) {
            return Map.of("country", country, "code", "RJ", "name", "Province rejouée");
        }
        if (resource.equals("nationalities")) {
            return Map.of("country", country, "code", "REJOUEE", "name", "Nationalité rejouée");
        }
        String province = id(api.post("/api/geo/provinces/", Map.of("country", country, "code", "P1",
                "name", "Province parente")).as(admin).send());
        if (resource.equals("communes")) {
            return Map.of("province", province, "code", "REJOUEE", "name", "Commune rejouée");
        }
        String commune = id(api.post("/api/geo/communes/", Map.of("province", province, "code", "C1",
                "name", "Commune parente")).as(admin).send());
        return Map.of("commune", commune, "code", "REJOUE", "name", "Territoire rejoué");
    }

    private static String id(Reply created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private long rows(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = ?").param(code.toUpperCase(Locale.ROOT))
                .query(Long.class).single();
    }

    private long keys(String key) {
        return jdbc.sql("select count(*) from idempotency_keys where idempotency_key = ?").param(key)
                .query(Long.class).single();
    }
}
