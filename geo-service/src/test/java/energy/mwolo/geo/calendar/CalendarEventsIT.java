package energy.mwolo.geo.calendar;

import static energy.mwolo.geo.calendar.CalendarBodies.hours;
import static energy.mwolo.geo.calendar.CalendarBodies.recurring;
import static energy.mwolo.geo.calendar.CalendarBodies.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.platformtest.Api.Reply;
import energy.mwolo.geo.ReferenceData;
import energy.mwolo.geo.Tokens;
import energy.mwolo.geo.calendar.application.DeclaringHoliday;
import energy.mwolo.geo.calendar.application.GeoWorkingCalendar;
import energy.mwolo.geo.calendar.application.HolidayDraft;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.readmodels.calendar.CalendarReadModelAutoConfiguration;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CalendarEventsIT extends AbstractApiIT {

    private static final Duration RELAY = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DECLARED = "/api/geo/holidays/declared/";
    private static final Random RANDOM = new Random();

    @Autowired
    private GeoWorkingCalendar geo;

    /** The platform's calendar read model, switched on in geo's tests only to be compared with geo's answers. */
    @Autowired
    @Qualifier(CalendarReadModelAutoConfiguration.BEAN)
    private WorkingCalendar readModel;

    @Autowired
    private DeclaringHoliday declaring;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void declaringAHolidayPublishesExactlyOneHolidayDeclaredWithCloudEventsHeaders() {
        UUID adminId = UUID.randomUUID();
        String id = api.post(DECLARED, recurring("ZM", "10-24", 2023, "Fête de l’indépendance zambienne"))
                .as(Tokens.admin(adminId)).send().json().path("id").asString();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_CALENDAR_EVENTS)) {
            events.awaitAtLeast(1, about(id, "geo.HolidayDeclared"), RELAY);
            List<ReceivedEvent> declared = events.readAll(QUIET).stream().filter(about(id, "geo.HolidayDeclared"))
                    .toList();

            assertThat(declared).hasSize(1);
            ReceivedEvent event = declared.get(0);
            assertThat(event.header("ce_id")).isNotBlank();
            assertThat(event.header("ce_source")).isEqualTo("geo-service");
            assertThat(event.header("ce_subject")).isEqualTo(id);
            assertThat(event.header("ce_specversion")).isEqualTo("1.0");
            assertThat(event.header("ce_dataschema")).isEqualTo(HolidayDeclared.CONTRACT.dataSchema());
            assertThat(event.header("ce_actor")).isEqualTo(adminId.toString());
            assertThat(Instant.parse(event.header("ce_time"))).isBefore(Instant.now().plusSeconds(1));
            assertThat(event.header("content-type")).startsWith("application/json");
            JsonNode payload = JSON.readTree(event.value());
            assertThat(payload.path("holiday_id").asString()).isEqualTo(id);
            assertThat(payload.path("country_code").asString()).isEqualTo("ZM");
            assertThat(payload.path("kind").asString()).isEqualTo("recurring");
            assertThat(payload.path("month").asInt()).isEqualTo(10);
            assertThat(payload.path("day").asInt()).isEqualTo(24);
            assertThat(payload.path("overrides").isEmpty()).isTrue();
        }
    }

    @Test
    void overridesAndCancellationRepublishTheHolidayInOrder() {
        String admin = Tokens.admin();
        String id = api.post(DECLARED, recurring("ZM", "10-25", 2023, "Jour à modifier")).as(admin).send()
                .json().path("id").asString();
        api.put(DECLARED + id + "/overrides/2026/", Map.of("observed_on", "2026-10-26")).as(admin).send();
        api.put(DECLARED + id + "/overrides/2026/", Map.of("observed_on", "2026-10-26")).as(admin).send();
        api.delete(DECLARED + id + "/").as(admin).send();
        api.delete(DECLARED + id + "/").as(admin).send();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_CALENDAR_EVENTS)) {
            events.awaitAtLeast(1, about(id, "geo.HolidayCancelled"), RELAY);
            List<ReceivedEvent> ofHoliday = events.readAll(QUIET).stream().filter(e -> id.equals(e.key())).toList();

            assertThat(ofHoliday).extracting(e -> e.header("ce_type"))
                    .containsExactly("geo.HolidayDeclared", "geo.HolidayDeclared", "geo.HolidayCancelled");
            JsonNode overridden = JSON.readTree(ofHoliday.get(1).value());
            assertThat(overridden.path("overrides").get(0).path("observed_on").asString()).isEqualTo("2026-10-26");
        }
    }

    @Test
    void changingAnAgencysHoursPublishesTheWholeScheduleOnceAndTheSameHoursAgainNothing() {
        String admin = Tokens.admin();
        String agency = openAgency("KN");
        Map<String, Object> counter = hours(Map.of("monday", List.of("08:00-12:00", "13:00-16:00"),
                "saturday", List.of("08:00-12:00")));
        api.put("/api/agencies/" + agency + "/working-hours/", counter).as(admin).send();
        api.put("/api/agencies/" + agency + "/working-hours/", counter).as(admin).send();
        String marker = openAgency("KN");
        api.put("/api/agencies/" + marker + "/working-hours/", weekdays("09:00-17:00")).as(admin).send();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_CALENDAR_EVENTS)) {
            events.awaitAtLeast(1, about(marker, "geo.WorkingHoursChanged"), RELAY);
            List<ReceivedEvent> ofAgency = events.readAll(QUIET).stream().filter(e -> agency.equals(e.key()))
                    .toList();

            assertThat(ofAgency).hasSize(1);
            assertThat(ofAgency.get(0).header("ce_type")).isEqualTo("geo.WorkingHoursChanged");
            assertThat(ofAgency.get(0).header("ce_dataschema")).isEqualTo(WorkingHoursChanged.CONTRACT.dataSchema());
            JsonNode payload = JSON.readTree(ofAgency.get(0).value());
            assertThat(payload.path("agency_id").asString()).isEqualTo(agency);
            assertThat(payload.path("zone").asString()).isEqualTo("Africa/Kinshasa");
            assertThat(payload.path("intervals")).hasSize(3);
            assertThat(payload.path("intervals").get(2).path("day").asString()).isEqualTo("saturday");
        }
    }

    @Test
    void anAgencyOpenedNowCarriesItsCountry() {
        String agency = openAgency("HK");

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_AGENCY_EVENTS)) {
            List<ReceivedEvent> opened = events.awaitAtLeast(1, about(agency, "geo.AgencyOpened"), RELAY);

            assertThat(JSON.readTree(opened.get(0).value()).path("country_code").asString()).isEqualTo("CD");
        }
    }

    @Test
    void aDeclarationWhoseTransactionRollsBackPublishesNothing() {
        AtomicReference<UUID> rolledBack = new AtomicReference<>();
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), Set.of("ADMIN"), Set.of("geo:create"), null, null,
                null);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            rolledBack.set(declaring.declare(new HolidayDraft("ZM", "recurring", "10-27", null, 2023, null,
                    "Jamais déclaré", "Never declared"), admin).value());
            throw new IllegalStateException("a later step of the same transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        String committed = api.post(DECLARED, recurring("ZM", "10-28", 2023, "Déclaré ensuite"))
                .as(Tokens.admin()).send().json().path("id").asString();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_CALENDAR_EVENTS)) {
            events.awaitAtLeast(1, about(committed, "geo.HolidayDeclared"), RELAY);

            assertThat(events.readAll(QUIET)).noneMatch(e -> rolledBack.get().toString().equals(e.key()));
        }
        assertThat(api.get(DECLARED + rolledBack.get() + "/").send().status()).isEqualTo(404);
    }

    /**
     * The design requirement of the calendar's events: a consumer that read both topics from the beginning holds
     * exactly the calendar geo answers with, for agencies that follow the default, that have their own hours, and
     * that lie in another country with holidays of its own, overridden and cancelled. The consumer is the platform's
     * calendar read model, which every other service switches on, fed by the relay's real events.
     */
    @Test
    void theCalendarReadModelAnswersEveryWorkingTimeQuestionAsGeoDoes() {
        String admin = Tokens.admin();
        UUID following = UUID.fromString(openAgency("KN"));
        UUID counter = UUID.fromString(openAgency("KN"));
        api.put("/api/agencies/" + counter + "/working-hours/", hours(Map.of(
                "monday", List.of("08:00-12:00", "13:00-16:00"), "friday", List.of("08:00-12:00"),
                "saturday", List.of("08:00-12:00")))).as(admin).send();
        UUID abroad = UUID.fromString(agencyAbroad(admin));
        String kept = declare(recurring("BE", "07-21", 2023, "Fête nationale"), admin);
        api.put(DECLARED + kept + "/overrides/2027/", Map.of("observed", false)).as(admin).send();
        String cancelled = declare(recurring("BE", "11-11", 2023, "Armistice"), admin);
        api.delete(DECLARED + cancelled + "/").as(admin).send();
        declare(recurring("BE", "11-15", 2023, "Fête du Roi"), admin);
        List<UUID> agencies = List.of(following, counter, abroad);

        Awaitility.await().atMost(RELAY).ignoreExceptions().untilAsserted(() -> assertThat(agencies)
                .allSatisfy(agency -> assertThat(readModel.calendarOf(agency)).isEqualTo(geo.calendarOf(agency))));

        for (UUID agency : agencies) {
            AgencyCalendar geos = geo.calendarOf(agency);
            for (Instant at = Instant.parse("2025-12-26T00:00:00Z");
                 at.isBefore(Instant.parse("2026-01-20T00:00:00Z")); at = at.plus(Duration.ofMinutes(45))) {
                assertThat(readModel.isWorkingTime(agency, at)).as(agency + " at " + at)
                        .isEqualTo(geos.isWorkingTime(at));
                assertThat(readModel.addWorkingHours(agency, at, Duration.ofHours(9)))
                        .isEqualTo(geos.addWorkingHours(at, Duration.ofHours(9)));
            }
            assertThat(readModel.workingDaysBetween(agency, LocalDate.of(2023, 1, 1), LocalDate.of(2034, 12, 31)))
                    .isEqualTo(geos.workingDaysBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2034, 12, 31)));
        }
        assertThat(readModel.workingDaysBetween(following, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .isEqualTo(19);
        assertThat(readModel.isWorkingTime(abroad, Instant.parse("2026-07-21T09:00:00Z"))).isFalse();
        assertThat(readModel.isWorkingTime(abroad, Instant.parse("2027-07-21T09:00:00Z"))).isTrue();
        assertThat(readModel.isWorkingTime(abroad, Instant.parse("2026-11-11T09:00:00Z"))).isTrue();
        assertThat(readModel.isWorkingTime(abroad, Instant.parse("2026-06-30T09:00:00Z"))).isTrue();
    }

    /** An agency in a Belgian province, so that it observes Belgium's holidays, not the Congo's. */
    private String agencyAbroad(String admin) {
        Reply province = api.post("/api/geo/provinces/", Map.of("country", ReferenceData.country("BE"),
                "code", "X" + (char) ('A' + RANDOM.nextInt(26)) + (char) ('A' + RANDOM.nextInt(26)),
                "name", "Province " + UUID.randomUUID())).as(admin).send();
        assertThat(province.status()).as(province.toString()).isEqualTo(201);
        Reply agency = api.post("/api/agencies/", Map.of("province", province.json().path("id").asString(),
                "name", "Agence de Bruxelles")).as(admin).send();
        assertThat(agency.status()).as(agency.toString()).isEqualTo(201);
        return agency.json().path("id").asString();
    }

    private String declare(Map<String, Object> body, String admin) {
        Reply reply = api.post(DECLARED, body).as(admin).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private String openAgency(String province) {
        Reply reply = api.post("/api/agencies/", Map.of("province", ReferenceData.province(province),
                "name", "Agence " + UUID.randomUUID())).as(Tokens.admin()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private static Predicate<ReceivedEvent> about(String key, String type) {
        return event -> key.equals(event.key()) && type.equals(event.header("ce_type"));
    }
}
