package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.ScheduleDraft;
import java.util.List;
import java.util.Map;

/**
 * Weekly hours: {@code {"zone": "Africa/Kinshasa", "schedule": {"monday": [{"start": "08:00", "end": "16:00"}],
 * ...}}}. A PUT replaces everything: a day left out is a day off; the zone defaults to Africa/Kinshasa.
 *
 * @param zone     the IANA time zone the hours are in, e.g. {@code Africa/Kinshasa}; absent or blank: Africa/Kinshasa
 * @param schedule required: the working intervals of each weekday, keyed {@code monday} to {@code sunday}; each
 *                 interval is {@code {"start": "HH:mm", "end": "HH:mm"}} in whole minutes, start before end, and the
 *                 intervals of a day must not overlap; a day left out or empty is a day off, but the week needs some
 *                 working time
 */
record WorkingHoursRequest(String zone, Map<String, List<ScheduleDraft.Interval>> schedule) {

    ScheduleDraft draft() {
        return new ScheduleDraft(schedule, zone);
    }
}
