package energy.mwolo.geo.geography;

import static energy.mwolo.geo.ReferenceData.country;
import static energy.mwolo.geo.ReferenceData.kinshasaCommune;
import static energy.mwolo.geo.ReferenceData.province;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.geo.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GeographyApiIT extends AbstractApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anyoneReadsTheTwentySixProvincesOfTheDrCongo() {
        Reply reply = api.get("/api/geo/provinces/?country=" + country("CD") + "&page_size=100").send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.path("count").asLong()).isEqualTo(26);
        List<String> isoCodes = new ArrayList<>();
        page.path("results").forEach(p -> isoCodes.add(p.path("iso_code").asString()));
        assertThat(isoCodes).hasSize(26).contains("CD-KN", "CD-HK", "CD-NK", "CD-EQ", "CD-TA", "CD-LU");
    }

    @Test
    void kinshasaHasItsTwentyFourCommunes() {
        Reply reply = api.get("/api/geo/communes?province=" + province("KN") + "&page_size=50").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("count").asLong()).isEqualTo(24);
        List<String> names = new ArrayList<>();
        reply.json().path("results").forEach(c -> names.add(c.path("name").asString()));
        assertThat(names).contains("Gombe", "Mont-Ngafula", "Ngiri-Ngiri", "Ndjili", "Kasa-Vubu", "Selembao");
        assertThat(reply.json().path("results").get(0).path("province_code").asString()).isEqualTo("KN");
    }

    @Test
    void referenceDataHasTheSameIdsInEveryEnvironment() {
        Reply reply = api.get("/api/geo/provinces/" + province("HK") + "/").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("name").asString()).isEqualTo("Haut-Katanga");
        assertThat(reply.json().path("country_code").asString()).isEqualTo("CD");
        assertThat(reply.json().has("created_at")).isTrue();
        assertThat(reply.json().has("updated_at")).isTrue();
    }

    @Test
    void congoleseAndAllNineNeighboursNationalitiesAreThere() {
        for (String neighbour : List.of("CD", "AO", "ZM", "TZ", "BI", "RW", "UG", "SS", "CF", "CG")) {
            Reply reply = api.get("/api/geo/nationalities/?country=" + country(neighbour)).send();

            assertThat(reply.json().path("count").asLong()).as(neighbour).isEqualTo(1);
        }
    }

    @Test
    void theTrailingSlashIsOptional() {
        assertThat(api.get("/api/geo/countries").send().status()).isEqualTo(200);
        assertThat(api.get("/api/geo/countries/").send().status()).isEqualTo(200);
        assertThat(api.get("/api/geo/countries/" + country("CD")).send().status()).isEqualTo(200);
    }

    @Test
    void anAnonymousWriteIsUnauthorized() {
        Reply reply = api.post("/api/geo/communes/", commune(province("KN"), "ANON", "Anonyme")).send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void aTokenWithoutTheGeoPermissionIsForbidden() {
        Reply reply = api.post("/api/geo/communes/", commune(province("KN"), "NOPERM", "Sans permission"))
                .as(Tokens.client()).send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("code").asString()).isEqualTo("auth.permission_denied");
    }

    @Test
    void aHolderOfGeoCreateRegistersACommuneFoundAtItsLocation() {
        Reply created = api.post("/api/geo/communes/", commune(province("HK"), " lubumbashi ", "Lubumbashi"))
                .as(Tokens.withPermissions("geo:create")).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("code").asString()).isEqualTo("LUBUMBASHI");
        assertThat(created.json().path("province_name").asString()).isEqualTo("Haut-Katanga");
        assertThat(created.location()).isEqualTo("/api/geo/communes/" + created.json().path("id").asString() + "/");
        assertThat(api.get(created.location()).send().json().path("name").asString()).isEqualTo("Lubumbashi");
    }

    @Test
    void aCodeTakenInTheSameParentIsAConflictButFreeInAnother() {
        Reply duplicate = api.post("/api/geo/communes/", commune(province("KN"), "GOMBE", "Gombe bis"))
                .as(Tokens.admin()).send();
        Reply elsewhere = api.post("/api/geo/communes/", commune(province("SK"), "GOMBE", "Gombe du Sud-Kivu"))
                .as(Tokens.admin()).send();

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith(PROBLEM);
        assertThat(duplicate.json().path("code").asString()).isEqualTo("geo.commune.duplicate_code");
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void aChildOfAMissingParentIsABadRequestNamingTheField() {
        Reply reply = api.post("/api/geo/communes/", commune(UUID.randomUUID(), "NULLE-PART", "Nulle part"))
                .as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("province");
    }

    @Test
    void aTerritoryWhoseCommuneLiesInAnotherProvinceIsRefused() {
        Reply reply = api.post("/api/geo/territories/", Map.of("commune", kinshasaCommune("GOMBE"),
                "province", province("HK"), "code", "T-1", "name", "Mauvais territoire")).as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("commune");
    }

    @Test
    void aTerritoryTakesTheProvinceOfItsCommune() {
        Reply reply = api.post("/api/geo/territories/", Map.of("commune", kinshasaCommune("LIMETE"),
                "code", "KINGABWA", "name", "Kingabwa")).as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("province_code").asString()).isEqualTo("KN");
        assertThat(reply.json().path("commune_name").asString()).isEqualTo("Limete");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Reply reply = api.post("/api/geo/communes/", Map.of("code", "SANS-NOM", "province", province("KN")))
                .as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("name");
    }

    @Test
    void anUnknownIdIsNotFound() {
        Reply reply = api.get("/api/geo/provinces/" + UUID.randomUUID() + "/").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("code").asString()).isEqualTo("geo.province.not_found");
    }

    @Test
    void messagesAreFrenchByDefaultAndEnglishOnRequest() {
        String path = "/api/geo/communes/" + UUID.randomUUID() + "/";

        assertThat(api.get(path).send().json().path("detail").asString()).startsWith("Aucune commune");
        assertThat(api.get(path).header("Accept-Language", "en").send().json().path("detail").asString())
                .startsWith("No commune");
    }

    @Test
    void validationMessagesAreFrenchByDefault() {
        Reply reply = api.post("/api/geo/provinces/", Map.of("country", country("CD"), "code", "TOO-LONG",
                "name", "Province")).as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("message").asString()).contains("ISO 3166-2", "doit");
    }

    @Test
    void deletingAProvinceThatStillHasCommunesIsAConflict() {
        Reply reply = api.delete("/api/geo/provinces/" + province("KN") + "/").as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("code").asString()).isEqualTo("geo.province.in_use");
        assertThat(api.get("/api/geo/provinces/" + province("KN")).send().status()).isEqualTo(200);
    }

    @Test
    void anEmptyCommuneCanBeDeleted() {
        String location = api.post("/api/geo/communes/", commune(province("NK"), "EPHEMERE", "Éphémère"))
                .as(Tokens.admin()).send().location();

        assertThat(api.delete(location).as(Tokens.admin()).send().status()).isEqualTo(204);
        assertThat(api.get(location).send().status()).isEqualTo(404);
    }

    @Test
    void deletingNeedsTheDeletePermission() {
        Reply reply = api.delete("/api/geo/communes/" + kinshasaCommune("GOMBE") + "/")
                .as(Tokens.withPermissions("geo:create", "geo:update")).send();

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void aPatchChangesOnlyTheFieldsItSends() {
        String location = api.post("/api/geo/communes/", commune(province("NK"), "GOMA", "Goma"))
                .as(Tokens.admin()).send().location();

        Reply patched = api.patch(location, Map.of("name", "Goma-Ville")).as(Tokens.admin()).send();

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("name").asString()).isEqualTo("Goma-Ville");
        assertThat(patched.json().path("code").asString()).isEqualTo("GOMA");
        assertThat(patched.json().path("province").asString()).isEqualTo(province("NK").toString());
    }

    @Test
    void aPutReplacesAndNeedsEveryField() {
        String location = api.post("/api/geo/communes/", commune(province("NK"), "BENI", "Beni"))
                .as(Tokens.admin()).send().location();

        Reply incomplete = api.put(location, Map.of("name", "Beni-Ville")).as(Tokens.admin()).send();
        Reply replaced = api.put(location, commune(province("IT"), "BENI", "Beni (Ituri)")).as(Tokens.admin()).send();

        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.fieldsInError()).contains("province", "code");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("province_code").asString()).isEqualTo("IT");
    }

    @Test
    void aCommuneMovedToAnotherProvinceTakesItsTerritoriesAlong() {
        String admin = Tokens.admin();
        String commune = api.post("/api/geo/communes/", commune(province("KN"), "ERREUR", "Mal placée"))
                .as(admin).send().json().path("id").asString();
        String territory = api.post("/api/geo/territories/", Map.of("commune", commune, "code", "T-ERR",
                "name", "Territoire mal placé")).as(admin).send().location();

        Reply moved = api.patch("/api/geo/communes/" + commune + "/", Map.of("province", province("HK")))
                .as(admin).send();

        assertThat(moved.status()).isEqualTo(200);
        assertThat(api.get(territory).send().json().path("province_code").asString()).isEqualTo("HK");
    }

    @Test
    void placesWhereAgenciesStandCanBeNeitherMovedNorDeleted() {
        String admin = Tokens.admin();
        String commune = api.post("/api/geo/communes/", commune(province("KN"), "AVEC-AGENCE", "Avec agence"))
                .as(admin).send().json().path("id").asString();
        String territory = api.post("/api/geo/territories/", Map.of("commune", commune, "code", "T-AG",
                "name", "Territoire avec agence")).as(admin).send().json().path("id").asString();
        Reply agency = api.post("/api/agencies/", Map.of("province", province("KN"), "territory", territory,
                "name", "Agence du territoire")).as(admin).send();
        assertThat(agency.status()).isEqualTo(201);

        Reply move = api.patch("/api/geo/communes/" + commune + "/", Map.of("province", province("HK")))
                .as(admin).send();
        Reply delete = api.delete("/api/geo/territories/" + territory + "/").as(admin).send();

        assertThat(move.status()).isEqualTo(409);
        assertThat(move.json().path("code").asString()).isEqualTo("geo.commune.in_use");
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().path("code").asString()).isEqualTo("geo.territory.in_use");
    }

    @Test
    void listsArePaginatedTheWayTheFrontendsExpect() {
        String provinces = "/api/geo/provinces/?country=" + country("CD");

        JsonNode first = api.get(provinces + "&page_size=5").send().json();
        JsonNode last = api.get(provinces + "&page_size=5&page=6").send().json();

        assertThat(first.propertyNames()).containsExactlyInAnyOrder("count", "next", "previous", "results");
        assertThat(first.path("count").asLong()).isEqualTo(26);
        assertThat(first.path("results").size()).isEqualTo(5);
        assertThat(first.path("previous").isNull()).isTrue();
        assertThat(first.path("next").asString()).contains("page=2").contains("page_size=5");
        assertThat(last.path("results").size()).isEqualTo(1);
        assertThat(last.path("next").isNull()).isTrue();
        assertThat(last.path("previous").asString()).contains("page=5");
    }

    @Test
    void aPageSizeAboveTheMaximumIsCappedAtAHundred() {
        String admin = Tokens.admin();
        for (int i = 1; i <= 101; i++) {
            assertThat(api.post("/api/geo/communes/", commune(province("MA"), "C-" + i, "Commune " + i))
                    .as(admin).send().status()).isEqualTo(201);
        }

        Reply reply = api.get("/api/geo/communes/?province=" + province("MA") + "&page_size=1000").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("count").asLong()).isEqualTo(101);
        assertThat(reply.json().path("results").size()).isEqualTo(100);
        assertThat(reply.json().path("next").asString()).contains("page=2").contains("page_size=100");
    }

    @Test
    void aPagePastTheEndIsNotFound() {
        Reply reply = api.get("/api/geo/provinces/?country=" + country("CD") + "&page=99").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void aFilterThatIsNotAnIdIsABadRequestNamingIt() {
        Reply reply = api.get("/api/geo/provinces/?country=CD").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("country");
    }

    private static Map<String, Object> commune(UUID province, String code, String name) {
        return Map.of("province", province, "code", code, "name", name);
    }
}
