package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.agencies.application.AgencyPermissions;
import energy.mwolo.geo.agencies.model.Agencies;
import energy.mwolo.geo.agencies.model.Agency;
import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.agencies.model.AgencyIsClosed;
import energy.mwolo.geo.agencies.model.AgencyNotFound;
import energy.mwolo.geo.calendar.model.Schedules;
import energy.mwolo.geo.calendar.model.WorkingHours;
import energy.mwolo.platform.calendar.WeeklySchedule;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces an agency's weekly hours (from then on it no longer follows the company default) or the default
 * itself, and announces them with WorkingHoursChanged. The same hours again publish nothing.
 */
@Service
public class ChangingWorkingHours {

    private final Schedules schedules;
    private final Agencies agencies;
    private final CalendarEventPublisher events;

    ChangingWorkingHours(Schedules schedules, Agencies agencies, CalendarEventPublisher events) {
        this.schedules = schedules;
        this.agencies = agencies;
        this.events = events;
    }

    /** The agency stays locked until commit, so two changes of one agency's hours apply one after the other. */
    @Transactional
    public void ofAgency(UUID id, ScheduleDraft draft, CurrentUser user) {
        user.require(AgencyPermissions.UPDATE);
        Agency agency = agencies.byId(new AgencyId(id)).orElseThrow(() -> new AgencyNotFound(id));
        if (!agency.isActive()) {
            throw new AgencyIsClosed(agency.code());
        }
        WeeklySchedule schedule = draft.schedule();
        ZoneId zone = draft.zoneId();
        Instant now = Instant.now();
        Optional<WorkingHours> own = schedules.lockOf(agency.id());
        WorkingHours hours;
        if (own.isPresent()) {
            hours = own.get();
            hours.change(zone, schedule, now);
            schedules.update(hours);
        } else {
            hours = WorkingHours.defineFor(agency.id(), zone, schedule, now);
            schedules.add(hours);
        }
        events.publishRecordedEvents(hours);
    }

    @Transactional
    public void companyDefault(ScheduleDraft draft, CurrentUser user) {
        user.require(AgencyPermissions.UPDATE);
        WeeklySchedule schedule = draft.schedule();
        ZoneId zone = draft.zoneId();
        WorkingHours hours = schedules.lockCompanyDefault();
        hours.change(zone, schedule, Instant.now());
        schedules.update(hours);
        events.publishRecordedEvents(hours);
    }
}
