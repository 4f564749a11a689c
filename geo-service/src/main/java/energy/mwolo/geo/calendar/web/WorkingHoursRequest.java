package energy.mwolo.geo.calendar.web;

import energy.mwolo.geo.calendar.application.ScheduleDraft;
import java.util.List;
import java.util.Map;

/**
 * Weekly hours: {@code {"zone": "Africa/Kinshasa", "schedule": {"monday": [{"start": "08:00", "end": "16:00"}],
 * ...}}}. A PUT replaces everything: a day left out is a day off; the zone defaults to Africa/Kinshasa.
 */
record WorkingHoursRequest(String zone, Map<String, List<ScheduleDraft.Interval>> schedule) {

    ScheduleDraft draft() {
        return new ScheduleDraft(schedule, zone);
    }
}
