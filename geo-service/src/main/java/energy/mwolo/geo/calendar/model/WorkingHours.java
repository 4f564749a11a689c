package energy.mwolo.geo.calendar.model;

import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.Holidays;
import energy.mwolo.platform.calendar.WeeklySchedule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The weekly hours of one agency, or the company default that every agency without its own follows. The
 * intervals are local times of the zone (Africa/Kinshasa unless an agency says otherwise).
 */
public final class WorkingHours {

    /** The company's business zone (UTC+1, no daylight saving). */
    public static final ZoneId COMPANY_ZONE = ZoneId.of("Africa/Kinshasa");

    private final AgencyId agency;
    private ZoneId zone;
    private WeeklySchedule schedule;
    private final List<WorkingHoursEvent> events = new ArrayList<>();

    private WorkingHours(AgencyId agency, ZoneId zone, WeeklySchedule schedule) {
        this.agency = agency;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** An agency's own hours, from now on in place of the company default. */
    public static WorkingHours defineFor(AgencyId agency, ZoneId zone, WeeklySchedule schedule, Instant now) {
        WorkingHours hours = new WorkingHours(Objects.requireNonNull(agency, "agency"), zone, schedule);
        hours.events.add(new WorkingHoursEvent.Changed(now));
        return hours;
    }

    /** Rebuilds working hours from storage; records no event. @param agency null for the company default */
    public static WorkingHours restore(AgencyId agency, ZoneId zone, WeeklySchedule schedule) {
        return new WorkingHours(agency, zone, schedule);
    }

    /** Replaces the hours; the same hours again change nothing and record nothing. */
    public void change(ZoneId newZone, WeeklySchedule newSchedule, Instant now) {
        if (zone.equals(newZone) && schedule.equals(newSchedule)) {
            return;
        }
        zone = Objects.requireNonNull(newZone, "zone");
        schedule = Objects.requireNonNull(newSchedule, "schedule");
        events.add(new WorkingHoursEvent.Changed(now));
    }

    /** The calendar these hours make with the holidays of the agency's country. */
    public AgencyCalendar calendar(Holidays holidays) {
        return new AgencyCalendar(holidays, schedule, zone);
    }

    /** Hands over the events recorded since the last call, oldest first, and forgets them. */
    public List<WorkingHoursEvent> pullEvents() {
        List<WorkingHoursEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public boolean isCompanyDefault() {
        return agency == null;
    }

    /** The agency, or null for the company default. */
    public AgencyId agency() {
        return agency;
    }

    public ZoneId zone() {
        return zone;
    }

    public WeeklySchedule schedule() {
        return schedule;
    }
}
