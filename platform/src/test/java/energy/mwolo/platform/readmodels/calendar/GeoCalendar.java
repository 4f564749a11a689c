package energy.mwolo.platform.readmodels.calendar;

import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.contracts.geo.HolidayCancelled;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.platform.probe.ProbeEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes events as geo-service's relay does (contract records, CloudEvents headers, geo's keys): its reference
 * calendar of the DR Congo, holidays, working hours and agencies. Each method returns the event's id.
 */
final class GeoCalendar implements AutoCloseable {

    static final String KINSHASA = "Africa/Kinshasa";
    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");

    private final ProbeEvents events;

    GeoCalendar(String bootstrapServers) {
        this.events = new ProbeEvents(bootstrapServers);
    }

    /** geo's migration V4 as its start announces it: the ordinance's ten holidays, the 2026 communiqué, 2 August 2024. */
    List<UUID> congoReferenceHolidays(Instant at) {
        List<UUID> ids = new ArrayList<>();
        for (String day : List.of("01-01", "01-16", "01-17", "04-06", "05-01", "05-17", "06-30", "08-01", "12-25")) {
            ids.add(declare(recurring(UUID.randomUUID(), "CD", day, at)));
        }
        HolidayDeclared martyrs = new HolidayDeclared(UUID.randomUUID(), "CD", HolidayDeclared.RECURRING, 1, 4, 2023,
                null, "Journée des martyrs de l’indépendance", "Martyrs of Independence Day",
                List.of(new HolidayDeclared.YearOverride(2026, true, LocalDate.of(2026, 1, 5))), at);
        ids.add(declare(martyrs));
        ids.add(declare(new HolidayDeclared(UUID.randomUUID(), "CD", HolidayDeclared.EXTRA, 8, 2, 2024, 2024,
                "Lendemain de la fête des parents", "Day after Parents’ Day", List.of(), at)));
        return ids;
    }

    static HolidayDeclared recurring(UUID id, String country, String monthDay, Instant at) {
        return new HolidayDeclared(id, country, HolidayDeclared.RECURRING,
                Integer.parseInt(monthDay.substring(0, 2)), Integer.parseInt(monthDay.substring(3)), 2023, null,
                "Jour férié du " + monthDay, "Holiday of " + monthDay, List.of(), at);
    }

    UUID declare(HolidayDeclared declared) {
        return publish(HolidayDeclared.CONTRACT, declared.holidayId().toString(), declared);
    }

    UUID cancel(UUID holiday, String country, Instant at) {
        return publish(HolidayCancelled.CONTRACT, holiday.toString(), new HolidayCancelled(holiday, country, at));
    }

    /** The company default, {@code start-end} on the days given. */
    UUID companyDefault(String start, String end, List<String> days, Instant at) {
        return hours(hoursOf(null, start, end, days, at));
    }

    UUID ownHours(UUID agency, String start, String end, List<String> days, Instant at) {
        return hours(hoursOf(agency, start, end, days, at));
    }

    UUID hours(WorkingHoursChanged changed) {
        String key = changed.agencyId() == null ? WorkingHoursChanged.DEFAULT_KEY : changed.agencyId().toString();
        return publish(WorkingHoursChanged.CONTRACT, key, changed);
    }

    static WorkingHoursChanged hoursOf(UUID agency, String start, String end, List<String> days, Instant at) {
        List<WorkingHoursChanged.Interval> intervals = days.stream()
                .map(day -> new WorkingHoursChanged.Interval(day, LocalTime.parse(start), LocalTime.parse(end)))
                .toList();
        return new WorkingHoursChanged(agency, KINSHASA, intervals, at);
    }

    /** An agency opened in {@code country}; null for an event published before events carried it. */
    UUID opened(UUID agency, String country, Instant at) {
        return publish(AgencyOpened.CONTRACT, agency.toString(), new AgencyOpened(agency, "AG-KN-" + code(agency),
                "Agence " + agency, UUID.randomUUID(), "KN", country, null, null, null, null, null, null, null,
                null, true, at));
    }

    UUID updated(UUID agency, String country, Instant at) {
        return publish(AgencyUpdated.CONTRACT, agency.toString(), new AgencyUpdated(agency, "AG-KN-" + code(agency),
                "Agence " + agency, UUID.randomUUID(), "KN", country, null, null, null, null, null, null, null,
                null, true, at));
    }

    <T> UUID publish(EventContract<T> contract, String key, T payload) {
        UUID id = UUID.randomUUID();
        events.publish(id, contract, key, payload);
        return id;
    }

    /** Publishes again an event already published: a redelivery, as a relay's crash before its offset causes. */
    <T> void redeliver(UUID eventId, EventContract<T> contract, String key, T payload) {
        events.publish(eventId, contract, key, payload);
    }

    private static String code(UUID agency) {
        return String.valueOf(100 + Math.floorMod(agency.hashCode(), 900));
    }

    @Override
    public void close() {
        events.close();
    }
}
