package energy.mwolo.crm.geography;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Bodies;
import energy.mwolo.crm.FakeGeo;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Place ids are checked with geo-service before they are stored; a geo outage refuses such writes with 503. */
class GeoValidationIT extends AbstractApiIT {

    private final FakeGeo geo = FakeGeo.instance();

    @AfterEach
    void geoComesBack() {
        geo.mode(FakeGeo.Mode.UP);
        FakeGeo.Tree probe = geo.tree();
        // The breaker may be open after an outage test: wait until writes go through again.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> register(placed(probe)).status() == 201);
    }

    @Test
    void storesConsistentPlaces() {
        FakeGeo.Tree tree = geo.tree();

        Api.Reply reply = register(placed(tree));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("territory").asString()).isEqualTo(tree.territory().toString());
    }

    @Test
    void refusesAnUnknownPlaceOrOneOutsideItsParentNamingTheField() {
        FakeGeo.Tree tree = geo.tree();
        FakeGeo.Tree elsewhere = geo.tree();

        Api.Reply unknown = register(Bodies.with(placed(tree), "province", UUID.randomUUID().toString()));
        Api.Reply outside = register(Bodies.with(placed(tree), "commune", elsewhere.commune().toString()));

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.fieldsInError()).containsExactly("province");
        assertThat(outside.status()).as(outside.toString()).isEqualTo(400);
        assertThat(outside.fieldsInError()).containsExactly("commune");
    }

    @Test
    void whenGeoFailsOrHangsWritesWithPlacesAre503AndReadsAndOtherWritesWork() {
        UUID existing = client();
        geo.mode(FakeGeo.Mode.FAILING);

        Api.Reply failing = register(placed(geo.tree()));
        geo.mode(FakeGeo.Mode.HANGING);
        Api.Reply hanging = register(placed(geo.tree()));
        Api.Reply site = api.post("/api/crm/sites/", Bodies.with(Bodies.site(existing), "province",
                UUID.randomUUID().toString())).as(Tokens.salesAgent()).send();

        assertThat(failing.status()).as(failing.toString()).isEqualTo(503);
        assertThat(failing.json().path("code").asString()).isEqualTo("crm.geo.unavailable");
        assertThat(hanging.status()).as(hanging.toString()).isEqualTo(503);
        assertThat(site.status()).as(site.toString()).isEqualTo(503);
        assertThat(api.get("/api/crm/clients/" + existing + "/").as(Tokens.accountant()).send().status())
                .isEqualTo(200);
        assertThat(api.get("/api/crm/clients/").as(Tokens.accountant()).send().status()).isEqualTo(200);
        assertThat(register(Bodies.individual()).status()).isEqualTo(201);
    }

    private Api.Reply register(Map<String, Object> body) {
        return api.post("/api/crm/clients/", body).as(Tokens.salesAgent()).send();
    }

    private static Map<String, Object> placed(FakeGeo.Tree tree) {
        Map<String, Object> body = new HashMap<>(Bodies.individual());
        body.put("country", tree.country().toString());
        body.put("province", tree.province().toString());
        body.put("commune", tree.commune().toString());
        body.put("territory", tree.territory().toString());
        return body;
    }
}
