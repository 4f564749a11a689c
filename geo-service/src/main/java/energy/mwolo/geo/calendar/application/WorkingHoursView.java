package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.WorkingHours;
import energy.mwolo.platform.calendar.WeeklySchedule;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The hours an agency works by, or the company default.
 *
 * @param agency        null for the company default itself
 * @param followsDefault true when these are the company default's hours
 */
public record WorkingHoursView(UUID agency, boolean followsDefault, ZoneId zone, WeeklySchedule schedule) {

    static WorkingHoursView of(UUID agency, WorkingHours hours) {
        return new WorkingHoursView(agency, hours.isCompanyDefault(), hours.zone(), hours.schedule());
    }
}
