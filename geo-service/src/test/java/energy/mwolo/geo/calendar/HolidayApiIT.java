package energy.mwolo.geo.calendar;

import static energy.mwolo.geo.calendar.CalendarBodies.extra;
import static energy.mwolo.geo.calendar.CalendarBodies.recurring;
import static energy.mwolo.geo.calendar.CalendarBodies.with;
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

/**
 * The seeded DR Congo calendar is read as loaded; changes are made to other countries' calendars, so that every
 * test may rely on the Congo's.
 */
class HolidayApiIT extends AbstractApiIT {

    private static final String HOLIDAYS = "/api/geo/holidays/";
    private static final String DECLARED = "/api/geo/holidays/declared/";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anyoneReadsTheDaysOffOfAYearWithMovedOnesShowingTheirNominalDate() {
        Reply reply = api.get(HOLIDAYS + "?country=CD&year=2026").send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.path("count").asInt()).isEqualTo(10);
        assertThat(dates(page)).containsExactly("2026-01-01", "2026-01-05", "2026-01-16", "2026-01-17",
                "2026-04-06", "2026-05-01", "2026-05-16", "2026-06-30", "2026-08-01", "2026-12-25");
        JsonNode martyrs = page.path("results").get(1);
        assertThat(martyrs.path("kind").asString()).isEqualTo("override");
        assertThat(martyrs.path("nominal_date").asString()).isEqualTo("2026-01-04");
        assertThat(martyrs.path("name").asString()).isEqualTo("Journée des martyrs de l’indépendance");
        JsonNode armedForces = page.path("results").get(6);
        assertThat(armedForces.path("kind").asString()).isEqualTo("recurring");
        assertThat(armedForces.path("nominal_date").asString()).isEqualTo("2026-05-17");
        assertThat(page.path("results").get(0).path("nominal_date").isNull()).isTrue();
    }

    @Test
    void theExtraDayOfTwentyTwentyFourIsListedThatYearOnly() {
        JsonNode year2024 = api.get(HOLIDAYS + "?country=CD&year=2024").send().json();
        JsonNode year2025 = api.get(HOLIDAYS + "?country=CD&year=2025").send().json();

        assertThat(dates(year2024)).contains("2024-08-01", "2024-08-02");
        assertThat(year2024.path("results").get(dates(year2024).indexOf("2024-08-02")).path("kind").asString())
                .isEqualTo("extra");
        assertThat(dates(year2025)).doesNotContain("2025-08-02");
    }

    @Test
    void namesFollowTheRequestsLanguageAndTheTrailingSlashIsOptional() {
        Reply reply = api.get("/api/geo/holidays?country=cd&year=2026").header("Accept-Language", "en").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("results").get(0).path("name").asString()).isEqualTo("New Year’s Day");
        assertThat(reply.json().path("results").get(0).path("name_fr").asString()).isEqualTo("Nouvel an");
    }

    @Test
    void anUnknownCountryIsABadRequestNamingTheCountry() {
        Reply reply = api.get(HOLIDAYS + "?country=ZZ&year=2026").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.fieldsInError()).containsExactly("country");
    }

    @Test
    void theCountryMustBeGiven() {
        Reply reply = api.get(HOLIDAYS + "?year=2026").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("country");
    }

    @Test
    void theDeclarationsBehindTheDaysOffShowTheirOverrides() {
        JsonNode page = api.get(DECLARED + "?country=CD&page_size=100").send().json();

        assertThat(page.path("count").asInt()).isEqualTo(11);
        JsonNode martyrs = find(page, "01-04");
        assertThat(martyrs.path("kind").asString()).isEqualTo("recurring");
        assertThat(martyrs.path("first_year").asInt()).isEqualTo(2023);
        assertThat(martyrs.path("last_year").isNull()).isTrue();
        assertThat(martyrs.path("overrides").get(0).path("year").asInt()).isEqualTo(2026);
        assertThat(martyrs.path("overrides").get(0).path("observed_on").asString()).isEqualTo("2026-01-05");
        JsonNode extraDay = find(page, "08-02");
        assertThat(extraDay.path("kind").asString()).isEqualTo("extra");
        assertThat(extraDay.path("date").asString()).isEqualTo("2024-08-02");
    }

    @Test
    void anAdministratorDeclaresAHolidayThatAppearsInTheYearsItIsValid() {
        Reply declared = api.post(DECLARED, with(recurring("ZM", "03-12", 2024, "Jour de la jeunesse"),
                "last_year", 2025)).as(Tokens.admin()).send();

        assertThat(declared.status()).isEqualTo(201);
        String id = declared.json().path("id").asString();
        assertThat(declared.location()).isEqualTo(DECLARED + id + "/");
        assertThat(declared.json().path("month_day").asString()).isEqualTo("03-12");
        assertThat(dates(api.get(HOLIDAYS + "?country=ZM&year=2025").send().json())).contains("2025-03-12");
        assertThat(dates(api.get(HOLIDAYS + "?country=ZM&year=2026").send().json())).doesNotContain("2026-03-12");
    }

    @Test
    void aRetriedDeclarationWithTheSameKeyAnswersTheFirstAndDeclaresNothingMore() {
        String admin = Tokens.admin();
        Map<String, Object> body = recurring("ZM", "05-25", 2024, "Jour rejoué");

        Reply first = api.post(DECLARED, body).as(admin).header("Idempotency-Key", "ferie-zm-0525").send();
        Reply retry = api.post(DECLARED, body).as(admin).header("Idempotency-Key", "ferie-zm-0525").send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as("without the key, the retry would be a 409 duplicate").isEqualTo(201);
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
    }

    @Test
    void declaringAHolidayTheCountryAlreadyHasIsAConflict() {
        String admin = Tokens.admin();
        declare(recurring("ZM", "04-18", 2023, "Jour déclaré deux fois"), admin);

        Reply again = api.post(DECLARED, with(recurring("ZM", "04-18", 2025, "Même jour"), "last_year", 2026))
                .as(admin).send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("calendar.holiday.duplicate");
    }

    @Test
    void anAnonymousDeclarationIsUnauthorizedAndACustomersIsForbidden() {
        Map<String, Object> body = recurring("ZM", "03-13", 2024, "Jour interdit");

        Reply anonymous = api.post(DECLARED, body).send();
        Reply customer = api.post(DECLARED, body).as(Tokens.client()).send();
        Reply reader = api.post(DECLARED, body).as(Tokens.withPermissions("geo:update", "agencies:create")).send();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(customer.status()).isEqualTo(403);
        assertThat(customer.contentType()).startsWith(PROBLEM);
        assertThat(reader.status()).isEqualTo(403);
    }

    @Test
    void badDeclarationsAreBadRequestsNamingTheField() {
        String admin = Tokens.admin();

        assertThat(api.post(DECLARED, recurring("ZM", "02-30", 2024, "Jour")).as(admin).send().fieldsInError())
                .containsExactly("month_day");
        assertThat(api.post(DECLARED, recurring("ZM", "02-29", 2024, "Jour")).as(admin).send().fieldsInError())
                .containsExactly("month_day");
        assertThat(api.post(DECLARED, with(recurring("ZM", "03-14", 2026, "Jour"), "last_year", 2025))
                .as(admin).send().fieldsInError()).containsExactly("last_year");
        assertThat(api.post(DECLARED, with(recurring("ZM", "03-14", 2026, "Jour"), "kind", "movable"))
                .as(admin).send().fieldsInError()).containsExactly("kind");
        assertThat(api.post(DECLARED, with(extra("ZM", "2026-03-14", "Jour"), "date", null))
                .as(admin).send().fieldsInError()).containsExactly("date");
        assertThat(api.post(DECLARED, with(recurring("ZM", "03-14", 2026, "Jour"), "name_en", " "))
                .as(admin).send().fieldsInError()).containsExactly("name_en");
        assertThat(api.post(DECLARED, recurring("ZZ", "03-14", 2026, "Jour")).as(admin).send().fieldsInError())
                .containsExactly("country");
    }

    @Test
    void anOverrideMovesOrSkipsAYearAndWithdrawingItRestoresTheRule() {
        String admin = Tokens.admin();
        // 6 September 2026 is a Sunday: by the rule it is observed on Saturday 5.
        String holiday = declare(recurring("BE", "09-06", 2023, "Jour de test"), admin);
        String overrides = DECLARED + holiday + "/overrides/2026/";

        Reply moved = api.put(overrides, Map.of("observed_on", "2026-09-07")).as(admin).send();
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("overrides").get(0).path("observed_on").asString()).isEqualTo("2026-09-07");
        assertThat(dates(api.get(HOLIDAYS + "?country=BE&year=2026").send().json()))
                .contains("2026-09-07").doesNotContain("2026-09-05");

        Reply skipped = api.put(overrides, Map.of("observed", false)).as(admin).send();
        assertThat(skipped.json().path("overrides").get(0).path("observed").asBoolean()).isFalse();
        assertThat(dates(api.get(HOLIDAYS + "?country=BE&year=2026").send().json()))
                .doesNotContain("2026-09-05", "2026-09-06", "2026-09-07");

        assertThat(api.delete(overrides).as(admin).send().status()).isEqualTo(204);
        assertThat(dates(api.get(HOLIDAYS + "?country=BE&year=2026").send().json())).contains("2026-09-05");
        Reply again = api.delete(overrides).as(admin).send();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().path("code").asString()).isEqualTo("calendar.override.not_found");
    }

    @Test
    void badOverridesAreBadRequestsNamingTheField() {
        String admin = Tokens.admin();
        String holiday = declare(recurring("BE", "09-08", 2024, "Jour à déplacer"), admin);

        assertThat(api.put(DECLARED + holiday + "/overrides/2026/", Map.of()).as(admin).send().fieldsInError())
                .containsExactly("observed_on");
        assertThat(api.put(DECLARED + holiday + "/overrides/2026/",
                Map.of("observed", false, "observed_on", "2026-09-09")).as(admin).send().fieldsInError())
                .containsExactly("observed_on");
        assertThat(api.put(DECLARED + holiday + "/overrides/2023/", Map.of("observed", false)).as(admin).send()
                .fieldsInError()).containsExactly("year");
    }

    @Test
    void anExtraDayCannotBeOverridden() {
        String admin = Tokens.admin();
        String extraDay = declare(extra("BE", "2026-09-10", "Jour exceptionnel"), admin);

        Reply reply = api.put(DECLARED + extraDay + "/overrides/2026/", Map.of("observed", false)).as(admin).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("code").asString()).isEqualTo("calendar.holiday.extra_has_no_overrides");
    }

    @Test
    void aCancelledHolidayIsObservedNoMoreCancellingTwiceIsHarmlessAndItChangesNoMore() {
        String admin = Tokens.admin();
        String holiday = declare(recurring("BE", "09-15", 2023, "Jour annulé"), admin);

        assertThat(api.delete(DECLARED + holiday + "/").as(admin).send().status()).isEqualTo(204);
        assertThat(api.delete(DECLARED + holiday).as(admin).send().status()).isEqualTo(204);

        assertThat(dates(api.get(HOLIDAYS + "?country=BE&year=2026").send().json())).doesNotContain("2026-09-15");
        assertThat(api.get(DECLARED + holiday + "/").send().json().path("is_cancelled").asBoolean()).isTrue();
        Reply refused = api.put(DECLARED + holiday + "/overrides/2026/", Map.of("observed", false)).as(admin).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("calendar.holiday.cancelled");
    }

    @Test
    void cancellingNeedsTheDeletePermission() {
        String holiday = declare(recurring("BE", "09-16", 2023, "Jour gardé"), Tokens.admin());

        Reply reply = api.delete(DECLARED + holiday + "/").as(Tokens.withPermissions("geo:create", "geo:update"))
                .send();

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void anUnknownHolidayIsNotFound() {
        Reply reply = api.get(DECLARED + UUID.randomUUID() + "/").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("code").asString()).isEqualTo("calendar.holiday.not_found");
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() {
        Reply reply = api.post(DECLARED, recurring("ZM", "02-29", 2024, "Jour")).as(Tokens.admin())
                .header("Accept-Language", "en").send();

        assertThat(reply.json().path("errors").get(0).path("message").asString())
                .isEqualTo("A recurring public holiday cannot fall on 29 February.");
    }

    private String declare(Map<String, Object> body, String token) {
        Reply reply = api.post(DECLARED, body).as(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private static List<String> dates(JsonNode page) {
        List<String> dates = new ArrayList<>();
        page.path("results").forEach(holiday -> dates.add(holiday.path("date").asString()));
        return dates;
    }

    private static JsonNode find(JsonNode page, String monthDay) {
        for (JsonNode holiday : page.path("results")) {
            if (monthDay.equals(holiday.path("month_day").asString())) {
                return holiday;
            }
        }
        throw new AssertionError("No holiday on " + monthDay + " in " + page);
    }
}
