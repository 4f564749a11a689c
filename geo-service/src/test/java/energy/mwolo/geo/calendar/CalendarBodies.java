package energy.mwolo.geo.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for holidays and working hours, to vary field by field. */
final class CalendarBodies {

    private CalendarBodies() {
    }

    static Map<String, Object> recurring(String country, String monthDay, int firstYear, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("country", country);
        body.put("kind", "recurring");
        body.put("month_day", monthDay);
        body.put("first_year", firstYear);
        body.put("name_fr", name);
        body.put("name_en", name + " (en)");
        return body;
    }

    static Map<String, Object> extra(String country, String date, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("country", country);
        body.put("kind", "extra");
        body.put("date", date);
        body.put("name_fr", name);
        body.put("name_en", name + " (en)");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** Hours as a PUT sends them: each day mapped to its intervals, each interval "HH:mm-HH:mm". */
    static Map<String, Object> hours(Map<String, List<String>> days) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        days.forEach((day, intervals) -> schedule.put(day, intervals.stream().map(CalendarBodies::interval).toList()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zone", "Africa/Kinshasa");
        body.put("schedule", schedule);
        return body;
    }

    static Map<String, Object> weekdays(String interval) {
        Map<String, List<String>> days = new LinkedHashMap<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            days.put(day, List.of(interval));
        }
        return hours(days);
    }

    private static Map<String, String> interval(String text) {
        String[] bounds = text.split("-");
        return Map.of("start", bounds[0], "end", bounds[1]);
    }
}
