package energy.mwolo.platform.readmodels.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.WeeklySchedule;
import energy.mwolo.platform.calendar.WorkingInterval;
import energy.mwolo.platform.errors.ErrorKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CachedWorkingCalendarTest {

    private static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    private static final Duration REFRESH = Duration.ofSeconds(5);
    /** Monday 29 June 2026, 10:00 in Kinshasa; 30 June is Independence Day. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-06-29T09:00:00Z");
    private static final Instant INDEPENDENCE_DAY = Instant.parse("2026-06-30T09:00:00Z");
    private static final Instant SATURDAY_MORNING = Instant.parse("2026-07-04T09:00:00Z");

    private final UUID agency = UUID.randomUUID();
    private final StoredCalendar stored = new StoredCalendar();
    private final AtomicLong now = new AtomicLong();
    private final CachedWorkingCalendar calendar =
            new CachedWorkingCalendar(stored::version, stored::load, REFRESH, now::get);

    @Test
    void answersThousandsOfQuestionsFromOneLoadAndNoVersionCheckWithinTheRefresh() {
        stored.agency(agency, "CD");

        for (int i = 0; i < 5_000; i++) {
            assertThat(calendar.isWorkingTime(agency, MONDAY_MORNING)).isTrue();
            assertThat(calendar.isWorkingTime(agency, INDEPENDENCE_DAY)).isFalse();
        }

        assertThat(calendar.loads()).isEqualTo(1);
        assertThat(stored.versionChecks).isZero();
    }

    @Test
    void aChangeStoredByAnotherReplicaIsSeenOnceTheRefreshHasPassedAndNotBefore() {
        stored.agency(agency, "CD");
        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).isFalse();

        stored.ownHours(agency, everyDay());
        now.addAndGet(REFRESH.toNanos() - 1);
        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).as("within the refresh").isFalse();
        now.addAndGet(1);
        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).as("once the refresh passed").isTrue();

        assertThat(stored.versionChecks).isEqualTo(1);
        assertThat(calendar.loads()).isEqualTo(2);
    }

    @Test
    void anUnchangedVersionCostsOneSmallQueryPerRefreshAndNoReload() {
        stored.agency(agency, "CD");
        calendar.calendarOf(agency);

        for (int i = 0; i < 3; i++) {
            now.addAndGet(REFRESH.toNanos());
            calendar.calendarOf(agency);
            calendar.calendarOf(agency);
        }

        assertThat(stored.versionChecks).isEqualTo(3);
        assertThat(calendar.loads()).isEqualTo(1);
    }

    @Test
    void aChangeCommittedByThisInstancesConsumerIsSeenAtOnce() {
        stored.agency(agency, "CD");
        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).isFalse();

        stored.ownHours(agency, everyDay());
        calendar.invalidateAfterCommit();

        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).isTrue();
    }

    @Test
    void insideATransactionTheCacheIsDroppedOnlyWhenItCommits() {
        stored.agency(agency, "CD");
        calendar.calendarOf(agency);
        TransactionSynchronizationManager.initSynchronization();
        try {
            stored.ownHours(agency, everyDay());
            calendar.invalidateAfterCommit();
            assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).as("before the commit").isFalse();

            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).as("after the commit").isTrue();
    }

    @Test
    void aLoadBegunBeforeAnInvalidationIsNotKeptAfterIt() {
        stored.agency(agency, "CD");
        stored.duringNextLoad = () -> {
            stored.ownHours(agency, everyDay());
            calendar.invalidate();
        };

        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).as("the load that raced").isFalse();
        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).as("the next question").isTrue();
    }

    @Test
    void anAgencyArrivedSinceTheSnapshotIsFoundWithoutWaitingForTheRefresh() {
        UUID other = UUID.randomUUID();
        stored.agency(agency, "CD");
        calendar.calendarOf(agency);

        stored.agency(other, "CD");

        assertThat(calendar.isWorkingTime(other, MONDAY_MORNING)).isTrue();
        assertThat(calendar.loads()).isEqualTo(2);
    }

    @Test
    void anUnknownAgencyIsANotFoundProblemNamingIt() {
        stored.agency(agency, "CD");
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> calendar.calendarOf(unknown))
                .isInstanceOfSatisfying(CalendarNotKnown.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.agency_unknown");
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.agencyId()).isEqualTo(unknown);
                    assertThat(e.args()).containsExactly(unknown);
                });
        assertThat(stored.versionChecks).as("checked whether it arrived since").isEqualTo(1);
        assertThat(calendar.loads()).as("no reload while nothing changed").isEqualTo(1);
    }

    @Test
    void anAgencyWhoseCountryIsNotKnownYetIsUnavailableUntilItIs() {
        stored.agency(agency, null);

        assertThatThrownBy(() -> calendar.calendarOf(agency)).isInstanceOfSatisfying(CalendarNotKnown.class, e -> {
            assertThat(e.code()).isEqualTo("calendar.country_unknown");
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        });

        stored.agency(agency, "CD");
        assertThat(calendar.isWorkingTime(agency, INDEPENDENCE_DAY)).isFalse();
    }

    @Test
    void withoutAnyHoursYetTheCalendarIsUnavailable() {
        stored.companyDefault = null;
        stored.agency(agency, "CD");

        assertThatThrownBy(() -> calendar.calendarOf(agency)).isInstanceOfSatisfying(CalendarNotKnown.class,
                e -> assertThat(e.code()).isEqualTo("calendar.hours_unknown"));
    }

    @Test
    void anAgencyWithItsOwnHoursKeepsThemWhenTheDefaultChangesAndTheOthersFollowTheDefault() {
        UUID following = UUID.randomUUID();
        stored.agency(agency, "CD");
        stored.agency(following, "CD");
        stored.ownHours(agency, everyDay());

        stored.companyDefault = new CalendarSnapshot.Hours(schedule("07:00", "15:00", DayOfWeek.MONDAY), KINSHASA);
        stored.version++;
        calendar.invalidate();

        Instant mondayEarly = Instant.parse("2026-06-29T06:30:00Z");
        assertThat(calendar.isWorkingTime(following, mondayEarly)).isTrue();
        assertThat(calendar.isWorkingTime(following, Instant.parse("2026-07-01T09:00:00Z"))).isFalse();
        assertThat(calendar.isWorkingTime(agency, mondayEarly)).isFalse();
        assertThat(calendar.isWorkingTime(agency, SATURDAY_MORNING)).isTrue();
    }

    @Test
    void whileTheDatabaseDoesNotAnswerTheLastCalendarKeepsAnswering() {
        stored.agency(agency, "CD");
        calendar.calendarOf(agency);
        stored.down = true;

        now.addAndGet(REFRESH.toNanos());

        assertThat(calendar.isWorkingTime(agency, MONDAY_MORNING)).isTrue();
    }

    private static WeeklySchedule everyDay() {
        return schedule("08:00", "16:00", DayOfWeek.values());
    }

    private static WeeklySchedule schedule(String start, String end, DayOfWeek... days) {
        return WeeklySchedule.builder()
                .on(new WorkingInterval(LocalTime.parse(start), LocalTime.parse(end)), days)
                .build();
    }

    /** The tables as the cache sees them: a version that counts changes, and a snapshot of the rows. */
    private static final class StoredCalendar {

        long version;
        int versionChecks;
        boolean down;
        Runnable duringNextLoad;
        CalendarSnapshot.Hours companyDefault = new CalendarSnapshot.Hours(schedule("08:00", "16:00",
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                KINSHASA);
        private final Map<UUID, Optional<String>> countries = new HashMap<>();
        private final Map<UUID, CalendarSnapshot.Hours> ownHours = new HashMap<>();
        private final List<HolidayRule> congo = List.of(
                HolidayRule.recurring(UUID.randomUUID(), MonthDay.of(6, 30), 2023, null));

        void agency(UUID id, String country) {
            countries.put(id, Optional.ofNullable(country));
            version++;
        }

        void ownHours(UUID id, WeeklySchedule schedule) {
            ownHours.put(id, new CalendarSnapshot.Hours(schedule, KINSHASA));
            version++;
        }

        long version() {
            if (down) {
                throw new DataAccessResourceFailureException("the database does not answer");
            }
            versionChecks++;
            return version;
        }

        CalendarSnapshot load() {
            CalendarSnapshot snapshot = new CalendarSnapshot(version, Map.of("CD", congo), ownHours, companyDefault,
                    countries);
            if (duringNextLoad != null) {
                Runnable concurrently = duringNextLoad;
                duringNextLoad = null;
                concurrently.run();
            }
            return snapshot;
        }
    }
}
