package energy.mwolo.platform.readmodels.calendar;

import static energy.mwolo.platform.readmodels.calendar.GeoCalendar.WEEKDAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.platform.calendar.DayPart;
import energy.mwolo.platform.calendar.HolidayRules;
import energy.mwolo.platform.calendar.Observance;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platform.probe.AbstractProbeIT;
import energy.mwolo.platform.readmodels.agencies.Agencies;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The calendar read model a service switches on, fed with geo-shaped events on the real broker, asked through the
 * {@link WorkingCalendar} it injects. Tests other than the Congo's use countries of their own; those that change the
 * company default put it back, later, as geo would.
 */
class CalendarReadModelIT extends AbstractProbeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONSUMER = "probe.calendar";
    private static final AtomicInteger COUNTRIES = new AtomicInteger();

    @Autowired
    private WorkingCalendar calendar;

    @Autowired
    private CachedWorkingCalendar cache;

    @Autowired
    private JdbcCalendar tables;

    @Autowired
    private Agencies agencies;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    private GeoCalendar geo;

    @BeforeEach
    void connect() {
        geo = new GeoCalendar(bootstrapServers());
        awaitApplied(geo.companyDefault("08:00", "16:00", WEEKDAYS, Instant.now()));
    }

    @AfterEach
    void disconnect() {
        geo.close();
    }

    @Test
    void theCongosReferenceCalendarOf2026IsObservedWithTheFourthOfJanuaryOnMondayTheFifth() {
        UUID office = UUID.randomUUID();
        UUID counter = UUID.randomUUID();
        Instant at = Instant.now();
        List<UUID> events = new ArrayList<>(geo.congoReferenceHolidays(at));
        events.add(geo.opened(office, "CD", at));
        events.add(geo.opened(counter, "CD", at));
        events.add(geo.ownHours(counter, "08:00", "12:00", List.of("monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday"), at));
        events.forEach(this::awaitApplied);

        eventually(() -> assertThat(calendar.calendarOf(office).holidays()).isInstanceOfSatisfying(HolidayRules.class,
                rules -> assertThat(rules.observedIn(2026)).extracting(Observance::date).containsExactly(
                        date("2026-01-01"), date("2026-01-05"), date("2026-01-16"), date("2026-01-17"),
                        date("2026-04-06"), date("2026-05-01"), date("2026-05-16"), date("2026-06-30"),
                        date("2026-08-01"), date("2026-12-25"))));
        assertThat(calendar.workingDaysBetween(office, date("2026-01-01"), date("2026-01-31"))).isEqualTo(19);
        assertThat(calendar.isWorkingTime(office, kinshasa("2026-01-05T10:00"))).as("martyrs, moved").isFalse();
        assertThat(calendar.isWorkingTime(office, kinshasa("2026-01-06T10:00"))).isTrue();
        assertThat(calendar.isWorkingTime(office, kinshasa("2024-08-02T10:00"))).as("the extra day").isFalse();
        assertThat(calendar.addWorkingHours(office, kinshasa("2026-01-02T15:00"), Duration.ofHours(2)))
                .as("Friday's last hour, then Tuesday's first").isEqualTo(kinshasa("2026-01-06T09:00"));
        assertThat(calendar.nextWorkingTime(office, kinshasa("2026-06-30T09:00")))
                .isEqualTo(kinshasa("2026-07-01T08:00"));
        assertThat(calendar.addWorkingDays(office, date("2026-01-02"), 1)).isEqualTo(date("2026-01-06"));
        assertThat(calendar.workingDaysBetween(office, date("2026-01-02"), DayPart.AFTERNOON, date("2026-01-06"),
                DayPart.MORNING)).isEqualByComparingTo(new BigDecimal("1.0"));
        // The override replaces the Sunday rule for 2026: Saturday 3 January is worked at the counter...
        assertThat(calendar.isWorkingTime(counter, kinshasa("2026-01-03T09:00"))).isTrue();
        // ...while Sunday 17 May 2026 is observed on Saturday 16 by the ordinance's rule.
        assertThat(calendar.isWorkingTime(counter, kinshasa("2026-05-16T09:00"))).isFalse();
        assertThat(calendar.isWorkingTime(counter, kinshasa("2026-05-23T09:00"))).isTrue();
    }

    @Test
    void thousandsOfQuestionsAreAnsweredFromMemory() {
        UUID agency = UUID.randomUUID();
        awaitApplied(geo.opened(agency, country(), Instant.now()));
        eventually(() -> calendar.calendarOf(agency));
        long loads = cache.loads();
        Instant at = kinshasa("2026-03-02T08:00");

        long started = System.nanoTime();
        for (int minute = 0; minute < 10_000; minute++) {
            calendar.isWorkingTime(agency, at.plus(minute, ChronoUnit.MINUTES));
        }
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);

        assertThat(cache.loads()).as("no load for 10,000 questions (%d µs)", micros).isEqualTo(loads);
    }

    @Test
    void aCancelledHolidayIsWorkedAgainAndALateDeclarationDoesNotBringItBack() {
        String country = country();
        UUID agency = UUID.randomUUID();
        UUID armistice = UUID.randomUUID();
        Instant declaredAt = Instant.now();
        geo.opened(agency, country, declaredAt);
        awaitApplied(geo.declare(GeoCalendar.recurring(armistice, country, "11-11", declaredAt)));
        eventually(() -> assertThat(calendar.isWorkingTime(agency, kinshasa("2026-11-11T10:00"))).isFalse());

        geo.cancel(armistice, country, declaredAt.plusSeconds(60));
        eventually(() -> assertThat(calendar.isWorkingTime(agency, kinshasa("2026-11-11T10:00"))).isTrue());
        long version = tables.version();
        awaitApplied(geo.declare(GeoCalendar.recurring(armistice, country, "11-11", declaredAt.plusSeconds(30))));

        assertThat(calendar.isWorkingTime(agency, kinshasa("2026-11-11T10:00"))).isTrue();
        assertThat(tables.version()).as("nothing applied").isEqualTo(version);
    }

    @Test
    void anAgencyWithItsOwnHoursKeepsThemAndAChangeOfTheDefaultReachesTheOthers() {
        String country = country();
        UUID own = UUID.randomUUID();
        UUID following = UUID.randomUUID();
        Instant at = Instant.now();
        geo.opened(own, country, at);
        geo.opened(following, country, at);
        awaitApplied(geo.ownHours(own, "09:00", "17:00", List.of("monday", "saturday"), at));
        eventually(() -> assertThat(calendar.isWorkingTime(own, kinshasa("2026-03-07T10:00"))).isTrue());
        assertThat(calendar.isWorkingTime(following, kinshasa("2026-03-07T10:00"))).isFalse();

        try {
            geo.companyDefault("07:00", "15:00", WEEKDAYS, Instant.now());

            eventually(() -> assertThat(calendar.isWorkingTime(following, kinshasa("2026-03-02T07:30"))).isTrue());
            assertThat(calendar.isWorkingTime(following, kinshasa("2026-03-02T15:30"))).isFalse();
            assertThat(calendar.isWorkingTime(own, kinshasa("2026-03-02T07:30"))).isFalse();
            assertThat(calendar.isWorkingTime(own, kinshasa("2026-03-02T16:30"))).isTrue();
        } finally {
            awaitApplied(geo.companyDefault("08:00", "16:00", WEEKDAYS, Instant.now()));
        }
    }

    @Test
    void aRedeliveryIsSkippedAndAnOlderHoursChangeArrivingLateChangesNothing() {
        UUID agency = UUID.randomUUID();
        Instant at = Instant.now();
        geo.opened(agency, country(), at);
        WorkingHoursChanged everyDay = GeoCalendar.hoursOf(agency, "06:00", "22:00", List.of("monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday"), at);
        UUID applied = geo.hours(everyDay);
        awaitApplied(applied);
        eventually(() -> assertThat(calendar.isWorkingTime(agency, kinshasa("2026-03-08T21:00"))).isTrue());
        long version = tables.version();

        geo.redeliver(applied, WorkingHoursChanged.CONTRACT, agency.toString(), everyDay);
        UUID older = geo.ownHours(agency, "10:00", "12:00", WEEKDAYS, at.minusSeconds(60));
        // Same key, same partition: once the older event is in the inbox, the redelivery before it was handled.
        awaitApplied(older);

        assertThat(inboxRows(applied)).isEqualTo(1);
        assertThat(tables.version()).as("neither the redelivery nor the older event changed anything")
                .isEqualTo(version);
        assertThat(calendar.isWorkingTime(agency, kinshasa("2026-03-08T21:00"))).isTrue();
    }

    @Test
    void anUnknownAgencyIsNotFoundAndOneWhoseCountryIsNotKnownYetIsUnavailableUntilGeoTellsIt() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> calendar.calendarOf(unknown)).isInstanceOfSatisfying(CalendarNotKnown.class,
                e -> assertThat(e.code()).isEqualTo(CalendarNotKnown.AGENCY_UNKNOWN));

        UUID agency = UUID.randomUUID();
        Instant at = Instant.now();
        geo.opened(agency, null, at);
        Awaitility.await().atMost(WAIT).until(() -> agencies.exists(agency));
        assertThatThrownBy(() -> calendar.calendarOf(agency)).isInstanceOfSatisfying(CalendarNotKnown.class,
                e -> assertThat(e.code()).isEqualTo(CalendarNotKnown.COUNTRY_UNKNOWN));

        geo.updated(agency, country(), at.plusSeconds(1));

        eventually(() -> assertThat(calendar.isWorkingTime(agency, kinshasa("2026-03-02T10:00"))).isTrue());
    }

    @Test
    void anotherReplicaSeesAChangeAppliedHereWithinItsRefresh() {
        UUID agency = UUID.randomUUID();
        Instant at = Instant.now();
        awaitApplied(geo.opened(agency, country(), at));
        CachedWorkingCalendar replica =
                new CachedWorkingCalendar(tables::version, tables::load, Duration.ofSeconds(1), System::nanoTime);
        assertThat(replica.isWorkingTime(agency, kinshasa("2026-03-07T10:00"))).isFalse();

        awaitApplied(geo.ownHours(agency, "08:00", "12:00", List.of("saturday"), at));

        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> replica.isWorkingTime(agency, kinshasa("2026-03-07T10:00")));
        assertThat(replica.loads()).isEqualTo(2);
    }

    @Test
    void afterARestartTheCalendarIsStillKnownAndNothingIsAppliedTwice() {
        UUID agency = UUID.randomUUID();
        Instant at = Instant.now();
        awaitApplied(geo.opened(agency, country(), at));
        awaitApplied(geo.ownHours(agency, "08:00", "12:00", List.of("saturday"), at));
        long version = tables.version();
        long inbox = inboxRows();
        MessageListenerContainer consumer = listeners.getListenerContainer(CONSUMER);

        consumer.stop();
        try {
            UUID whileDown = geo.ownHours(agency, "08:00", "13:00", List.of("saturday"), at.plusSeconds(1));
            CachedWorkingCalendar restarted =
                    new CachedWorkingCalendar(tables::version, tables::load, Duration.ofSeconds(5), System::nanoTime);
            assertThat(restarted.isWorkingTime(agency, kinshasa("2026-03-07T11:00"))).isTrue();
            assertThat(restarted.isWorkingTime(agency, kinshasa("2026-03-07T12:30"))).isFalse();

            consumer.start();
            awaitApplied(whileDown);
        } finally {
            if (!consumer.isRunning()) {
                consumer.start();
            }
        }

        eventually(() -> assertThat(calendar.isWorkingTime(agency, kinshasa("2026-03-07T12:30"))).isTrue());
        assertThat(tables.version()).as("only the event published while down").isEqualTo(version + 1);
        assertThat(inboxRows()).isEqualTo(inbox + 1);
    }

    private void awaitApplied(UUID eventId) {
        Awaitility.await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from inbox where event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
    }

    /**
     * The answers follow a commit once this instance's cache is dropped, just after it; until an agency's event
     * (another topic) is applied, its calendar is not known.
     */
    private static void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(WAIT).ignoreExceptionsInstanceOf(CalendarNotKnown.class).untilAsserted(assertion);
    }

    private long inboxRows(UUID eventId) {
        return jdbc.sql("select count(*) from inbox where consumer = ? and event_id = ?").param(CONSUMER)
                .param(eventId).query(Long.class).single();
    }

    private long inboxRows() {
        return jdbc.sql("select count(*) from inbox where consumer = ?").param(CONSUMER).query(Long.class).single();
    }

    /** A country of this test alone (two letters, as geo's codes), so that its holidays concern no other test. */
    private static String country() {
        int n = COUNTRIES.getAndIncrement();
        return "Q" + (char) ('A' + n % 26);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Instant kinshasa(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(GeoCalendar.KINSHASA)).toInstant();
    }
}
