package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.WorkingHoursView;
import energy.mwolo.platform.calendar.CalendarEvents;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * @param agency    null for the company default itself
 * @param isDefault true when these are the company default's hours (the agency has none of its own)
 * @param schedule  every weekday from monday, with its intervals (empty on a day off)
 */
record WorkingHoursResponse(UUID agency, boolean isDefault, String zone,
                            Map<String, List<IntervalResponse>> schedule) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    record IntervalResponse(String start, String end) {
    }

    static WorkingHoursResponse from(WorkingHoursView view) {
        Map<String, List<IntervalResponse>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(CalendarEvents.dayName(day), view.schedule().on(day).stream()
                    .map(i -> new IntervalResponse(HOURS.format(i.start()), HOURS.format(i.end())))
                    .toList());
        }
        return new WorkingHoursResponse(view.agency(), view.followsDefault(), view.zone().getId(), days);
    }
}
