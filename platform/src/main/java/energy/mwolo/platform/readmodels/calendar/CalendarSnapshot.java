package energy.mwolo.platform.readmodels.calendar;

import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.HolidayRules;
import energy.mwolo.platform.calendar.WeeklySchedule;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole calendar as stored at one version: holidays by country, hours by agency and the company default, and
 * the country of each known agency. Immutable; each agency's {@link AgencyCalendar} is built on first use and kept,
 * so that the holidays of a year are computed once per country and snapshot, not once per question.
 */
final class CalendarSnapshot {

    private final long version;
    private final Map<String, HolidayRules> holidaysByCountry;
    private final Map<UUID, Hours> ownHours;
    private final Hours companyDefault;
    private final Map<UUID, Optional<String>> countryOfAgency;
    private final Map<UUID, AgencyCalendar> calendars = new ConcurrentHashMap<>();

    /**
     * @param countryOfAgency every known agency, with its country when an event told it
     * @param companyDefault  null while the company default has not arrived
     */
    CalendarSnapshot(long version, Map<String, List<HolidayRule>> holidaysByCountry, Map<UUID, Hours> ownHours,
            Hours companyDefault, Map<UUID, Optional<String>> countryOfAgency) {
        this.version = version;
        Map<String, HolidayRules> rules = new HashMap<>();
        holidaysByCountry.forEach((country, list) -> rules.put(country, HolidayRules.of(list)));
        this.holidaysByCountry = Map.copyOf(rules);
        this.ownHours = Map.copyOf(ownHours);
        this.companyDefault = companyDefault;
        this.countryOfAgency = Map.copyOf(countryOfAgency);
    }

    long version() {
        return version;
    }

    /** @throws CalendarNotKnown when this snapshot does not know the agency, its country or any hours for it */
    AgencyCalendar calendarOf(UUID agencyId) {
        AgencyCalendar calendar = calendars.get(agencyId);
        return calendar != null ? calendar : calendars.computeIfAbsent(agencyId, this::build);
    }

    private AgencyCalendar build(UUID agencyId) {
        Optional<String> country = countryOfAgency.get(agencyId);
        if (country == null) {
            throw CalendarNotKnown.agencyUnknown(agencyId);
        }
        String code = country.orElseThrow(() -> CalendarNotKnown.countryUnknown(agencyId));
        Hours hours = ownHours.getOrDefault(agencyId, companyDefault);
        if (hours == null) {
            throw CalendarNotKnown.hoursUnknown(agencyId);
        }
        HolidayRules holidays = holidaysByCountry.getOrDefault(code, HolidayRules.of(List.of()));
        return new AgencyCalendar(holidays, hours.schedule(), hours.zone());
    }

    /** Weekly hours and the zone they are read in. */
    record Hours(WeeklySchedule schedule, ZoneId zone) {
    }
}
