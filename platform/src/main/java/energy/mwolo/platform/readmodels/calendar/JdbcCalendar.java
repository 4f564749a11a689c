package energy.mwolo.platform.readmodels.calendar;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.geo.HolidayCancelled;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.platform.calendar.CalendarEvents;
import energy.mwolo.platform.calendar.HolidayRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables {@code read_holidays} and {@code read_working_hours}. Each row keeps the {@code occurred_at} of the
 * last event applied ({@code changed_at}); an older event arriving late changes nothing. A cancellation is final
 * (geo changes a cancelled holiday no more), whatever its time. Each applied change counts one in
 * {@code read_calendar_version}, in its transaction. Rules and schedules are read back through
 * {@link CalendarEvents}, as geo writes them, and checked before they are stored: an event that does not make a
 * valid rule or schedule fails (and goes to the dead-letter topic) instead of breaking every later answer.
 */
final class JdbcCalendar {

    private static final String DEFAULT_SCOPE = WorkingHoursChanged.DEFAULT_KEY;

    private final JdbcClient jdbc;

    JdbcCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the holiday changed (false for an older declaration, or one of a cancelled holiday) */
    boolean declared(HolidayDeclared event) {
        CalendarEvents.rule(event);
        int changed = jdbc.sql("""
                insert into read_holidays (id, country_code, kind, month, day, first_year, last_year, name_fr,
                                           name_en, overrides, cancelled, changed_at)
                values (:id, :country, :kind, :month, :day, :firstYear, :lastYear, :nameFr, :nameEn,
                        cast(:overrides as jsonb), false, :at)
                on conflict (id) do update set country_code = excluded.country_code, kind = excluded.kind,
                        month = excluded.month, day = excluded.day, first_year = excluded.first_year,
                        last_year = excluded.last_year, name_fr = excluded.name_fr, name_en = excluded.name_en,
                        overrides = excluded.overrides, changed_at = excluded.changed_at
                where not read_holidays.cancelled and read_holidays.changed_at <= excluded.changed_at""")
                .param("id", event.holidayId())
                .param("country", event.countryCode())
                .param("kind", event.kind())
                .param("month", event.month())
                .param("day", event.day())
                .param("firstYear", event.firstYear())
                .param("lastYear", event.lastYear())
                .param("nameFr", event.nameFr())
                .param("nameEn", event.nameEn())
                .param("overrides", ContractJson.write(event.overrides()))
                .param("at", Timestamp.from(event.occurredAt()))
                .update();
        return counted(changed);
    }

    /** @return whether the holiday was not cancelled already */
    boolean cancelled(HolidayCancelled event) {
        int changed = jdbc.sql("""
                insert into read_holidays (id, country_code, cancelled, changed_at)
                values (:id, :country, true, :at)
                on conflict (id) do update set cancelled = true,
                        changed_at = greatest(read_holidays.changed_at, excluded.changed_at)
                where not read_holidays.cancelled""")
                .param("id", event.holidayId())
                .param("country", event.countryCode())
                .param("at", Timestamp.from(event.occurredAt()))
                .update();
        return counted(changed);
    }

    /** @return whether the hours changed (false for an older event) */
    boolean hoursChanged(WorkingHoursChanged event) {
        CalendarEvents.schedule(event);
        CalendarEvents.zone(event);
        int changed = jdbc.sql("""
                insert into read_working_hours (scope, zone, intervals, changed_at)
                values (:scope, :zone, cast(:intervals as jsonb), :at)
                on conflict (scope) do update set zone = excluded.zone, intervals = excluded.intervals,
                        changed_at = excluded.changed_at
                where read_working_hours.changed_at <= excluded.changed_at""")
                .param("scope", event.agencyId() == null ? DEFAULT_SCOPE : event.agencyId().toString())
                .param("zone", event.zone())
                .param("intervals", ContractJson.write(event.intervals()))
                .param("at", Timestamp.from(event.occurredAt()))
                .update();
        return counted(changed);
    }

    long version() {
        return jdbc.sql("select version from read_calendar_version").query(Long.class).single();
    }

    /**
     * The calendar as stored now. The version is read first: a change committed while the rest is read makes the
     * snapshot newer than its version says, which costs one needless reload later, never a missed change.
     */
    CalendarSnapshot load() {
        long version = version();
        Map<String, List<HolidayRule>> holidays = new HashMap<>();
        jdbc.sql("""
                select id, country_code, kind, month, day, first_year, last_year, name_fr, name_en, overrides,
                       changed_at
                from read_holidays where not cancelled""")
                .query(JdbcCalendar::declaration)
                .list()
                .forEach(d -> holidays.computeIfAbsent(d.countryCode(), c -> new ArrayList<>())
                        .add(CalendarEvents.rule(d)));
        Map<UUID, CalendarSnapshot.Hours> ownHours = new HashMap<>();
        CalendarSnapshot.Hours companyDefault = null;
        for (Map.Entry<String, CalendarSnapshot.Hours> row : jdbc.sql(
                        "select scope, zone, intervals, changed_at from read_working_hours")
                .query(JdbcCalendar::hours).list()) {
            if (DEFAULT_SCOPE.equals(row.getKey())) {
                companyDefault = row.getValue();
            } else {
                ownHours.put(UUID.fromString(row.getKey()), row.getValue());
            }
        }
        Map<UUID, Optional<String>> countries = new HashMap<>();
        jdbc.sql("select id, country_code from read_agencies").query(row -> {
            countries.put(row.getObject("id", UUID.class), Optional.ofNullable(row.getString("country_code")));
        });
        return new CalendarSnapshot(version, holidays, ownHours, companyDefault, countries);
    }

    private boolean counted(int changedRows) {
        if (changedRows == 0) {
            return false;
        }
        jdbc.sql("update read_calendar_version set version = version + 1").update();
        return true;
    }

    /** The row as the declaration it was stored from, so that {@link CalendarEvents} reads it as geo wrote it. */
    private static HolidayDeclared declaration(ResultSet row, int number) throws SQLException {
        Integer lastYear = row.getObject("last_year", Integer.class);
        return new HolidayDeclared(row.getObject("id", UUID.class), row.getString("country_code"),
                row.getString("kind"), row.getInt("month"), row.getInt("day"), row.getInt("first_year"), lastYear,
                row.getString("name_fr"), row.getString("name_en"),
                List.of(ContractJson.read(row.getString("overrides"), HolidayDeclared.YearOverride[].class)),
                row.getTimestamp("changed_at").toInstant());
    }

    private static Map.Entry<String, CalendarSnapshot.Hours> hours(ResultSet row, int number) throws SQLException {
        String scope = row.getString("scope");
        WorkingHoursChanged event = new WorkingHoursChanged(
                DEFAULT_SCOPE.equals(scope) ? null : UUID.fromString(scope), row.getString("zone"),
                List.of(ContractJson.read(row.getString("intervals"), WorkingHoursChanged.Interval[].class)),
                row.getTimestamp("changed_at").toInstant());
        return Map.entry(scope, new CalendarSnapshot.Hours(CalendarEvents.schedule(event), CalendarEvents.zone(event)));
    }
}
