package energy.mwolo.geo.geography;

import static energy.mwolo.geo.ReferenceData.country;
import static energy.mwolo.geo.ReferenceData.kinshasaCommune;
import static energy.mwolo.geo.ReferenceData.province;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.geo.Api.Reply;
import energy.mwolo.geo.Tokens;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every create of the territory tree and of nationalities takes an Idempotency-Key. */
class GeographyIdempotencyIT extends AbstractApiIT {

    @Autowired
    private JdbcClient jdbc;

    static Stream<Arguments> creations() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return Stream.of(
                Arguments.of("provinces", Map.of("country", country("CD"), "code", "9" + suffix.substring(0, 2),
                        "name", "Province rejouée")),
                Arguments.of("communes", Map.of("province", province("KN"), "code", "REJOUEE-" + suffix,
                        "name", "Commune rejouée")),
                Arguments.of("territories", Map.of("commune", kinshasaCommune("GOMBE"), "code", "REJOUE-" + suffix,
                        "name", "Territoire rejoué")),
                Arguments.of("nationalities", Map.of("country", country("CD"), "code", "REJOUEE-" + suffix,
                        "name", "Nationalité rejouée")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creations")
    void aRetriedCreateAnswersTheFirstCreationAgainAndCreatesNothing(String resource, Map<String, Object> body) {
        String admin = Tokens.admin();
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

    private long rows(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = ?").param(code.toUpperCase(Locale.ROOT))
                .query(Long.class).single();
    }

    private long keys(String key) {
        return jdbc.sql("select count(*) from idempotency_keys where idempotency_key = ?").param(key)
                .query(Long.class).single();
    }
}
