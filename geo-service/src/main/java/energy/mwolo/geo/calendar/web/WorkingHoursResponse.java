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
 * The weekly hours an agency works by, or the company default that every agency without hours of its own follows.
 * An agency's working days are these hours' days less the public holidays of its country.
 *
 * @param agency    the agency asked about ({@code /api/agencies/{id}/}); null for the company default itself
 * @param isDefault true when these are the company default's hours (the agency has none of its own)
 * @param zone      the IANA time zone the hours are in, e.g. {@code Africa/Kinshasa}
 * @param schedule  every weekday from monday, with its intervals (empty on a day off)
 */
record WorkingHoursResponse(UUID agency, boolean isDefault, String zone,
                            Map<String, List<IntervalResponse>> schedule) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * One working interval of a day, in the local time of {@code zone}; a day's intervals are ordered and never
     * overlap.
     *
     * @param start when work starts, {@code HH:mm}
     * @param end   when work stops, {@code HH:mm}, after {@code start}
     */
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
