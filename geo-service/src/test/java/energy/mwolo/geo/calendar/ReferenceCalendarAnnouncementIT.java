package energy.mwolo.geo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.geo.AbstractApiIT;
import energy.mwolo.geo.GeoApplication;
import energy.mwolo.geo.ReferenceData;
import energy.mwolo.geo.Tokens;
import energy.mwolo.geo.calendar.application.AnnouncingCalendar;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calendar that migrations load reaches consumers exactly once: this test context is the service's first
 * start; a second instance is then started on the same database (its relay off, so this context's relay carries
 * whatever it would write) and stopped, twice.
 */
class ReferenceCalendarAnnouncementIT extends AbstractApiIT {

    private static final Duration RELAY = Duration.ofSeconds(90);
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SEEDED_HOLIDAYS = List.of("01-01", "01-04", "01-16", "01-17", "04-06",
            "05-01", "05-17", "06-30", "08-01", "12-25", "2024-08-02");

    @Autowired
    private Environment environment;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private AnnouncingCalendar announcing;

    @Test
    void theSeededCalendarIsPublishedOnceAndOnlyWhatALaterMigrationChangesIsPublishedAgain() {
        Set<String> seededKeys = Stream.concat(
                        SEEDED_HOLIDAYS.stream().map(key -> ReferenceData.congoHoliday(key).toString()),
                        Stream.of(WorkingHoursChanged.DEFAULT_KEY))
                .collect(Collectors.toSet());
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_CALENDAR_EVENTS)) {
            events.awaitAtLeast(seededKeys.size(), e -> seededKeys.contains(e.key()) && bySystem(e), RELAY);
        }

        startAndStopASecondInstance();

        Map<String, List<String>> afterRestart = announcementsByKey(Topics.GEO_CALENDAR_EVENTS, seededKeys);
        assertThat(afterRestart.keySet()).containsExactlyInAnyOrderElementsOf(seededKeys);
        assertThat(afterRestart.values()).allSatisfy(announcements -> assertThat(announcements).hasSize(1));
        assertThat(afterRestart.get(ReferenceData.congoHoliday("01-04").toString())).hasSize(1);

        // What a later migration would do: add an override to a seeded holiday, and an agency from before
        // agency events carried the country.
        UUID christmas = ReferenceData.congoHoliday("12-25");
        jdbc.sql("insert into holiday_overrides (holiday_id, year, observed_on) values (:id, 2032, date '2032-12-27')")
                .param("id", christmas).update();
        jdbc.sql("update public_holidays set announced = false where id = :id").param("id", christmas).update();
        UUID oldAgency = UUID.randomUUID();
        jdbc.sql("""
                        insert into agencies (id, code, name, province_id, country_published)
                        values (:id, :code, 'Agence d’avant le calendrier', :province, false)""")
                .param("id", oldAgency)
                .param("code", "AG-KN-9" + ThreadLocalRandom.current().nextInt(1000, 10000))
                .param("province", ReferenceData.province("KN"))
                .update();

        startAndStopASecondInstance();
        startAndStopASecondInstance();

        List<String> christmasAnnouncements = announcementsByKey(Topics.GEO_CALENDAR_EVENTS,
                Set.of(christmas.toString())).get(christmas.toString());
        assertThat(christmasAnnouncements).hasSize(2);
        List<ReceivedEvent> oldAgencyEvents = announcements(Topics.GEO_AGENCY_EVENTS, Set.of(oldAgency.toString()));
        assertThat(oldAgencyEvents).extracting(e -> e.header("ce_type")).containsExactly("geo.AgencyUpdated");
        assertThat(JSON.readTree(oldAgencyEvents.get(0).value()).path("country_code").asString()).isEqualTo("CD");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_CALENDAR_EVENTS)) {
            ReceivedEvent latest = events.readAll(QUIET).stream().filter(e -> christmas.toString().equals(e.key()))
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(JSON.readTree(latest.value()).path("overrides").get(0).path("observed_on").asString())
                    .isEqualTo("2032-12-27");
        }
    }

    @Test
    void twoInstancesStartingTogetherPublishAPendingHolidayOnce() throws Exception {
        String holiday = api.post("/api/geo/holidays/declared/",
                        CalendarBodies.recurring("BE", "05-08", 2023, "Jour à annoncer"))
                .as(Tokens.admin()).send().json().path("id").asString();
        jdbc.sql("update public_holidays set announced = false where id = :id").param("id", UUID.fromString(holiday))
                .update();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch together = new CountDownLatch(1);
        try {
            Callable<Integer> start = () -> {
                together.await();
                return announcing.announcePending();
            };
            Future<Integer> first = instances.submit(start);
            Future<Integer> second = instances.submit(start);
            together.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.GEO_CALENDAR_EVENTS)) {
            events.awaitAtLeast(1, e -> holiday.equals(e.key()) && bySystem(e), RELAY);
        }
        assertThat(announcementsByKey(Topics.GEO_CALENDAR_EVENTS, Set.of(holiday)).get(holiday)).hasSize(1);
    }

    /** Distinct event ids (the relay may deliver one twice; consumers dedupe on ce_id) of system announcements. */
    private Map<String, List<String>> announcementsByKey(String topic, Set<String> keys) {
        return announcements(topic, keys).stream().collect(Collectors.groupingBy(ReceivedEvent::key,
                Collectors.collectingAndThen(Collectors.mapping(e -> e.header("ce_id"), Collectors.toSet()),
                        ArrayList::new)));
    }

    private List<ReceivedEvent> announcements(String topic, Set<String> keys) {
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), topic)) {
            return events.readAll(QUIET).stream().filter(e -> keys.contains(e.key()) && bySystem(e)).toList();
        }
    }

    private static boolean bySystem(ReceivedEvent event) {
        return "system".equals(event.header("ce_actor"));
    }

    private void startAndStopASecondInstance() {
        List<String> arguments = new ArrayList<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.kafka.bootstrap-servers", "mwolo.kafka.username", "mwolo.kafka.password",
                "mwolo.security.issuers[0].issuer",
                "mwolo.security.issuers[0].jwk-set-location", "mwolo.security.audience",
                // the tests' read models: their migrations are in this database's history, Flyway needs them
                "mwolo.read-models.agencies.enabled", "mwolo.read-models.calendar.enabled")) {
            arguments.add("--" + key + "=" + environment.getRequiredProperty(key));
        }
        arguments.add("--server.port=0");
        arguments.add("--mwolo.outbox.relay.enabled=false");
        // The read models' consumers would join the group for an instant, and closing in mid-join waits for a rebalance.
        arguments.add("--spring.kafka.listener.auto-startup=false");
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GeoApplication.class)
                .run(arguments.toArray(String[]::new))) {
            assertThat(second.isRunning()).isTrue();
        }
    }
}
