package energy.mwolo.geo.calendar;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.contracts.geo.HolidayCancelled;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.CalendarEvents;
import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.calendar.HolidayRules;
import energy.mwolo.platform.calendar.WorkingCalendar;
import energy.mwolo.platformtest.ReceivedEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a consumer service would hold after reading geo.agency.events and geo.calendar.events from the beginning,
 * kept as simply as the contracts allow: the latest state per key, each event applied once (by ce_id). The
 * read model other services will have is built elsewhere; this one only proves the events are enough.
 */
final class CalendarReplica implements WorkingCalendar {

    private final Set<String> applied = new HashSet<>();
    private final Map<UUID, String> countryOfAgency = new HashMap<>();
    private final Map<UUID, HolidayDeclared> holidays = new HashMap<>();
    private final Map<UUID, WorkingHoursChanged> ownHours = new HashMap<>();
    private WorkingHoursChanged companyDefault;

    static CalendarReplica of(List<ReceivedEvent> agencyEvents, List<ReceivedEvent> calendarEvents) {
        CalendarReplica replica = new CalendarReplica();
        agencyEvents.forEach(replica::apply);
        calendarEvents.forEach(replica::apply);
        return replica;
    }

    private void apply(ReceivedEvent event) {
        if (!applied.add(event.header("ce_id"))) {
            return;
        }
        switch (event.header("ce_type")) {
            case "geo.AgencyOpened" -> {
                AgencyOpened opened = ContractJson.read(event.value(), AgencyOpened.class);
                countryOfAgency.put(opened.agencyId(), opened.countryCode());
            }
            case "geo.AgencyUpdated" -> {
                AgencyUpdated updated = ContractJson.read(event.value(), AgencyUpdated.class);
                countryOfAgency.put(updated.agencyId(), updated.countryCode());
            }
            case "geo.HolidayDeclared" -> {
                HolidayDeclared declared = ContractJson.read(event.value(), HolidayDeclared.class);
                holidays.put(declared.holidayId(), declared);
            }
            case "geo.HolidayCancelled" ->
                    holidays.remove(ContractJson.read(event.value(), HolidayCancelled.class).holidayId());
            case "geo.WorkingHoursChanged" -> {
                WorkingHoursChanged changed = ContractJson.read(event.value(), WorkingHoursChanged.class);
                if (changed.agencyId() == null) {
                    companyDefault = changed;
                } else {
                    ownHours.put(changed.agencyId(), changed);
                }
            }
            default -> {
                // other events of these topics say nothing about working time
            }
        }
    }

    @Override
    public AgencyCalendar calendarOf(UUID agencyId) {
        String country = countryOfAgency.get(agencyId);
        if (country == null) {
            throw new IllegalArgumentException("No agency event told the country of " + agencyId);
        }
        List<HolidayRule> rules = holidays.values().stream()
                .filter(h -> h.countryCode().equals(country))
                .map(CalendarEvents::rule)
                .toList();
        WorkingHoursChanged hours = ownHours.getOrDefault(agencyId, companyDefault);
        return new AgencyCalendar(HolidayRules.of(rules), CalendarEvents.schedule(hours), CalendarEvents.zone(hours));
    }
}
