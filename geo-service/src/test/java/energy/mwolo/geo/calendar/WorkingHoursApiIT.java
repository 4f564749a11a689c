package energy.mwolo.geo.calendar;

import static energy.mwolo.geo.calendar.CalendarBodies.hours;
import static energy.mwolo.geo.calendar.CalendarBodies.weekdays;
import static energy.mwolo.geo.calendar.CalendarBodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.geo.ReferenceData;
import energy.mwolo.geo.Tokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WorkingHoursApiIT extends AbstractApiIT {

    private static final String DEFAULT = "/api/geo/working-hours/";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAgencyWithoutHoursOfItsOwnFollowsTheCompanyDefault() {
        Reply reply = api.get(hoursOf(openAgency())).send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode hours = reply.json();
        assertThat(hours.path("is_default").asBoolean()).isTrue();
        assertThat(hours.path("zone").asString()).isEqualTo("Africa/Kinshasa");
        assertThat(hours.path("schedule").propertyNames()).containsExactly("monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday");
        assertThat(hours.path("schedule").path("monday").get(0).path("start").asString()).isEqualTo("08:00");
        assertThat(hours.path("schedule").path("friday").get(0).path("end").asString()).isEqualTo("16:00");
        assertThat(hours.path("schedule").path("saturday").isEmpty()).isTrue();
    }

    @Test
    void anAdministratorGivesAnAgencyItsOwnHours() {
        String agency = openAgency();
        Map<String, Object> counter = hours(Map.of(
                "monday", List.of("08:00-12:00", "13:00-16:30"),
                "saturday", List.of("08:00-12:00")));

        Reply reply = api.put(hoursOf(agency), counter).as(Tokens.admin()).send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode hours = api.get("/api/agencies/" + agency + "/working-hours").send().json();
        assertThat(hours.path("is_default").asBoolean()).isFalse();
        assertThat(hours.path("agency").asString()).isEqualTo(agency);
        assertThat(hours.path("schedule").path("monday")).hasSize(2);
        assertThat(hours.path("schedule").path("monday").get(1).path("end").asString()).isEqualTo("16:30");
        assertThat(hours.path("schedule").path("tuesday").isEmpty()).isTrue();
        assertThat(hours.path("schedule").path("saturday").get(0).path("start").asString()).isEqualTo("08:00");
    }

    @Test
    void changingHoursNeedsAnAdministrator() {
        String agency = openAgency();

        Reply anonymous = api.put(hoursOf(agency), weekdays("07:00-15:00")).send();
        Reply customer = api.put(hoursOf(agency), weekdays("07:00-15:00")).as(Tokens.client()).send();
        Reply defaultByCustomer = api.put(DEFAULT, weekdays("07:00-15:00")).as(Tokens.client()).send();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(PROBLEM);
        assertThat(customer.status()).isEqualTo(403);
        assertThat(defaultByCustomer.status()).isEqualTo(403);
        assertThat(api.get(hoursOf(agency)).send().json().path("is_default").asBoolean()).isTrue();
    }

    @Test
    void badSchedulesAreBadRequestsNamingTheField() {
        String agency = openAgency();
        String admin = Tokens.admin();

        assertThat(api.put(hoursOf(agency), hours(Map.of("monday", List.of("08:00-12:00", "11:00-14:00"))))
                .as(admin).send().fieldsInError()).containsExactly("schedule.monday[1]");
        assertThat(api.put(hoursOf(agency), hours(Map.of("tuesday", List.of("16:00-08:00"))))
                .as(admin).send().fieldsInError()).containsExactly("schedule.tuesday[0]");
        assertThat(api.put(hoursOf(agency), hours(Map.of("mondya", List.of("08:00-16:00"))))
                .as(admin).send().fieldsInError()).containsExactly("schedule.mondya");
        assertThat(api.put(hoursOf(agency), hours(Map.of("monday", List.of("25:00-16:00"))))
                .as(admin).send().fieldsInError()).containsExactly("schedule.monday[0].start");
        assertThat(api.put(hoursOf(agency), hours(Map.of("monday", List.of("08:00:30-16:00"))))
                .as(admin).send().fieldsInError()).containsExactly("schedule.monday[0].start");
        assertThat(api.put(hoursOf(agency), hours(Map.of("monday", List.of())))
                .as(admin).send().fieldsInError()).containsExactly("schedule");
        assertThat(api.put(hoursOf(agency), with(weekdays("08:00-16:00"), "zone", "Africa/Gombe"))
                .as(admin).send().fieldsInError()).containsExactly("zone");
        Map<String, Object> withoutEnd = new LinkedHashMap<>();
        withoutEnd.put("schedule", Map.of("friday", List.of(Map.of("start", "08:00"))));
        Reply missingEnd = api.put(hoursOf(agency), withoutEnd).as(admin).send();
        assertThat(missingEnd.status()).isEqualTo(400);
        assertThat(missingEnd.contentType()).startsWith(PROBLEM);
        assertThat(missingEnd.fieldsInError()).containsExactly("schedule.friday[0].end");
        assertThat(api.get(hoursOf(agency)).send().json().path("is_default").asBoolean()).isTrue();
    }

    @Test
    void theHoursOfAnUnknownAgencyAreNotFound() {
        String unknown = UUID.randomUUID().toString();

        Reply read = api.get(hoursOf(unknown)).send();
        Reply change = api.put(hoursOf(unknown), weekdays("08:00-16:00")).as(Tokens.admin()).send();

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().path("code").asString()).isEqualTo("agencies.not_found");
        assertThat(change.status()).isEqualTo(404);
    }

    @Test
    void aClosedAgencysHoursAreHiddenFromThePublicAndCannotBeChanged() {
        String admin = Tokens.admin();
        String agency = openAgency();
        api.delete("/api/agencies/" + agency + "/").as(admin).send();

        assertThat(api.get(hoursOf(agency)).send().status()).isEqualTo(404);
        assertThat(api.get(hoursOf(agency)).as(admin).send().status()).isEqualTo(200);
        Reply change = api.put(hoursOf(agency), weekdays("08:00-16:00")).as(admin).send();
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().path("code").asString()).isEqualTo("agencies.closed");
    }

    @Test
    void changingTheCompanyDefaultChangesEveryAgencyWithoutHoursOfItsOwn() {
        String admin = Tokens.admin();
        String following = openAgency();
        String own = openAgency();
        api.put(hoursOf(own), weekdays("09:00-17:00")).as(admin).send();
        Map<String, Object> officeHours = weekdays("08:00-16:00");
        try {
            Reply changed = api.put(DEFAULT, weekdays("07:30-15:30")).as(admin).send();

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().path("agency").isNull()).isTrue();
            assertThat(api.get(DEFAULT).send().json().path("schedule").path("monday").get(0).path("start")
                    .asString()).isEqualTo("07:30");
            assertThat(api.get(hoursOf(following)).send().json().path("schedule").path("monday").get(0)
                    .path("start").asString()).isEqualTo("07:30");
            assertThat(api.get(hoursOf(own)).send().json().path("schedule").path("monday").get(0).path("start")
                    .asString()).isEqualTo("09:00");
        } finally {
            assertThat(api.put(DEFAULT, officeHours).as(admin).send().status()).isEqualTo(200);
        }
    }

    @Test
    void anyoneCountsAnAgencysWorkingDays() {
        String agency = openAgency();

        Reply january = api.get("/api/agencies/" + agency + "/working-days/?from=2026-01-01&to=2026-01-31").send();

        assertThat(january.status()).isEqualTo(200);
        assertThat(january.json().path("working_days").asInt()).isEqualTo(19);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadRequest() {
        Reply reply = api.get("/api/agencies/" + openAgency() + "/working-days/?from=2026-01-31&to=2026-01-01")
                .send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldsInError()).containsExactly("to");
    }

    private String openAgency() {
        Reply reply = api.post("/api/agencies/", Map.of("province", ReferenceData.province("KN"),
                "name", "Agence " + UUID.randomUUID())).as(Tokens.admin()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private static String hoursOf(String agency) {
        return "/api/agencies/" + agency + "/working-hours/";
    }
}
