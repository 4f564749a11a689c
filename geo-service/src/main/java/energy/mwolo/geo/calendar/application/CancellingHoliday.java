package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.HolidayId;
import energy.mwolo.geo.calendar.model.HolidayNotFound;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.PublicHolidays;
import energy.mwolo.geo.geography.application.GeoPermissions;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a holiday altogether (declared by mistake): observed in no year any more. Cancelling twice is
 * harmless. A holiday repealed from some year on is a new declaration with its last year, not a cancellation.
 */
@Service
public class CancellingHoliday {

    private final PublicHolidays holidays;
    private final CalendarEventPublisher events;

    CancellingHoliday(PublicHolidays holidays, CalendarEventPublisher events) {
        this.holidays = holidays;
        this.events = events;
    }

    @Transactional
    public void cancel(HolidayId id, CurrentUser user) {
        user.require(GeoPermissions.DELETE);
        PublicHoliday holiday = holidays.lockById(id).orElseThrow(() -> new HolidayNotFound(id));
        holiday.cancel(Instant.now());
        holidays.update(holiday);
        events.publishRecordedEvents(holiday);
    }
}
