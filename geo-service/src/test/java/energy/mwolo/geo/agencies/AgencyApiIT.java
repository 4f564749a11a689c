package energy.mwolo.geo.agencies;

import static energy.mwolo.geo.agencies.AgencyBodies.agencyIn;
import static energy.mwolo.geo.agencies.AgencyBodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.geo.ReferenceData;
import energy.mwolo.geo.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AgencyApiIT extends AbstractApiIT {

    private static final String AGENCIES = "/api/agencies/";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAgencyOpensUnderTheNextCodeOfItsProvince() {
        Reply reply = api.post(AGENCIES, agencyIn("KN", "Agence de la Gombe")).as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(201);
        JsonNode agency = reply.json();
        assertThat(agency.propertyNames()).containsExactlyInAnyOrder("id", "code", "name", "province",
                "province_code", "province_name", "territory", "territory_name", "address", "phone", "email",
                "manager", "latitude", "longitude", "opening_hours", "is_active", "created_at", "updated_at");
        assertThat(agency.path("code").asString()).matches("AG-KN-\\d{3,}");
        assertThat(agency.path("is_active").asBoolean()).isTrue();
        assertThat(agency.path("province_code").asString()).isEqualTo("KN");
        assertThat(agency.path("province_name").asString()).isEqualTo("Kinshasa");
        assertThat(agency.path("opening_hours").asString()).isEqualTo("Lun-Ven 8h-16h, Sam 8h-12h");
        assertThat(agency.has("created_at")).isTrue();
        assertThat(reply.location()).isEqualTo(AGENCIES + agency.path("id").asString() + "/");
    }

    @Test
    void aCodeSentByTheClientIsIgnored() {
        Reply reply = api.post(AGENCIES, with(agencyIn("KN", "Agence pirate"), "code", "AG-ZZ-001"))
                .as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("code").asString()).startsWith("AG-KN-");
    }

    @Test
    void anAnonymousOpeningIsUnauthorized() {
        Reply reply = api.post(AGENCIES, agencyIn("KN", "Agence anonyme")).send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void openingNeedsTheCreatePermission() {
        Reply reply = api.post(AGENCIES, agencyIn("KN", "Agence interdite"))
                .as(Tokens.withPermissions("agencies:read", "geo:create")).send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Reply reply = api.post(AGENCIES, "{\"name\": \"Agence\", ").as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("code").asString()).isEqualTo("request.malformed_json");
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequestNamingTheField() {
        Reply reply = api.post(AGENCIES, with(agencyIn("KN", "Agence"), "latitude", "abc"))
                .as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.fieldsInError()).containsExactly("latitude");
    }

    @Test
    void aLatitudeBeyondAPoleIsABadRequestNamingTheField() {
        Reply reply = api.post(AGENCIES, with(agencyIn("KN", "Agence polaire"), "latitude", 91))
                .as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("latitude");
    }

    @Test
    void halfAPositionIsABadRequestNamingTheMissingPart() {
        Reply reply = api.post(AGENCIES, with(agencyIn("KN", "Agence"), "longitude", null))
                .as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("longitude");
    }

    @Test
    void anAgencyInAnUnknownProvinceIsABadRequestNamingTheProvince() {
        Reply reply = api.post(AGENCIES, with(agencyIn("KN", "Agence"), "province", UUID.randomUUID()))
                .as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("province");
    }

    @Test
    void anAgencysTerritoryMustLieInItsProvince() {
        String admin = Tokens.admin();
        String territory = api.post("/api/geo/territories/", Map.of("commune",
                        ReferenceData.kinshasaCommune("NGALIEMA"), "code", "BINZA", "name", "Binza"))
                .as(admin).send().json().path("id").asString();

        Reply outside = api.post(AGENCIES, with(agencyIn("HK", "Agence de Binza"), "territory", territory))
                .as(admin).send();
        Reply inside = api.post(AGENCIES, with(agencyIn("KN", "Agence de Binza"), "territory", territory))
                .as(admin).send();

        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.fieldsInError()).containsExactly("territory");
        assertThat(inside.status()).isEqualTo(201);
        assertThat(inside.json().path("territory_name").asString()).isEqualTo("Binza");
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        Reply reply = api.get(AGENCIES + UUID.randomUUID() + "/").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("code").asString()).isEqualTo("agencies.not_found");
    }

    @Test
    void deletingAnAgencyClosesItAndDeletingItAgainChangesNothing() {
        String admin = Tokens.admin();
        String location = open("KN", "Agence de Kintambo", admin);

        assertThat(api.delete(location).as(admin).send().status()).isEqualTo(204);
        assertThat(api.delete(location).as(admin).send().status()).isEqualTo(204);

        Reply closed = api.get(location).as(admin).send();
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("is_active").asBoolean()).isFalse();
    }

    @Test
    void anonymousUsersNeverSeeAClosedAgency() {
        String admin = Tokens.admin();
        String name = "Agence fermée " + UUID.randomUUID();
        String location = open("KN", name, admin);
        api.delete(location).as(admin).send();
        String search = AGENCIES + "?search=" + name.substring(name.length() - 12);

        assertThat(api.get(location).send().status()).isEqualTo(404);
        assertThat(api.get(search).send().json().path("count").asLong()).isZero();
        assertThat(api.get(search + "&is_active=false").send().json().path("count").asLong()).isZero();
        assertThat(api.get(search + "&is_active=false").as(Tokens.client()).send().json().path("count").asLong())
                .isZero();
        assertThat(api.get(search + "&is_active=false").as(admin).send().json().path("count").asLong())
                .isEqualTo(1);
    }

    @Test
    void aClosedAgencyCannotBeChangedUntilItIsReopened() {
        String admin = Tokens.admin();
        String location = open("KN", "Agence de Lemba", admin);
        api.delete(location).as(admin).send();

        Reply refused = api.patch(location, Map.of("name", "Agence de Lemba-Terminus")).as(admin).send();
        Reply reopened = api.patch(location, Map.of("name", "Agence de Lemba-Terminus", "is_active", true))
                .as(admin).send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("agencies.closed");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().path("is_active").asBoolean()).isTrue();
        assertThat(reopened.json().path("name").asString()).isEqualTo("Agence de Lemba-Terminus");
    }

    @Test
    void anAgencyNeverMovesToAnotherProvince() {
        String admin = Tokens.admin();
        String location = open("KN", "Agence de Masina", admin);

        Reply reply = api.put(location, agencyIn("HK", "Agence de Masina")).as(admin).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("province");
    }

    @Test
    void aPatchKeepsWhatItDoesNotSendAndAPutClearsIt() {
        String admin = Tokens.admin();
        String location = open("KN", "Agence de Ngaba", admin);

        Reply patched = api.patch(location, Map.of("phone", "+243 99 000 0000")).as(admin).send();
        Reply put = api.put(location, Map.of("province", ReferenceData.province("KN"), "name", "Agence de Ngaba"))
                .as(admin).send();

        assertThat(patched.json().path("phone").asString()).isEqualTo("+243 99 000 0000");
        assertThat(patched.json().path("address").asString()).isEqualTo("1 avenue de la Justice");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("address").isNull()).isTrue();
        assertThat(put.json().path("latitude").isNull()).isTrue();
    }

    @Test
    void agenciesAreFilteredSearchedAndOrdered() {
        String admin = Tokens.admin();
        open("KS", "Agence Tshikapa", admin);
        open("KS", "Agence Ilebo", admin);
        open("KS", "Agence Luebo", admin);
        String kasai = AGENCIES + "?province=" + ReferenceData.province("KS");

        assertThat(names(api.get(kasai + "&ordering=-name").send())).containsExactly(
                "Agence Tshikapa", "Agence Luebo", "Agence Ilebo");
        assertThat(names(api.get(kasai + "&ordering=name").send())).containsExactly(
                "Agence Ilebo", "Agence Luebo", "Agence Tshikapa");
        assertThat(names(api.get(kasai + "&search=TSHIKAPA").send())).containsExactly("Agence Tshikapa");
        assertThat(api.get(AGENCIES + "?search=ag-ks-").send().json().path("count").asLong()).isEqualTo(3);
        assertThat(api.get(kasai + "&is_active=true").send().json().path("count").asLong()).isEqualTo(3);
    }

    @Test
    void anUnknownOrderingIsABadRequestNamingIt() {
        Reply reply = api.get(AGENCIES + "?ordering=-salary").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("ordering");
        assertThat(reply.json().path("errors").get(0).path("message").asString()).contains("salary");
    }

    @Test
    void anIsActiveFilterThatIsNotABooleanIsABadRequestNamingIt() {
        Reply reply = api.get(AGENCIES + "?is_active=perhaps").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("is_active");
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() {
        Reply reply = api.get(AGENCIES + "?ordering=salary").header("Accept-Language", "en-GB,en;q=0.8").send();

        assertThat(reply.json().path("errors").get(0).path("message").asString()).startsWith("Unknown ordering");
    }

    private String open(String province, String name, String token) {
        Reply reply = api.post(AGENCIES, agencyIn(province, name)).as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.location();
    }

    private static List<String> names(Reply reply) {
        List<String> names = new ArrayList<>();
        reply.json().path("results").forEach(agency -> names.add(agency.path("name").asString()));
        return names;
    }
}
