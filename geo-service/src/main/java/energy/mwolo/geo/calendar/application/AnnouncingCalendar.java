package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.PublicHolidays;
import energy.mwolo.geo.calendar.model.Schedules;
import energy.mwolo.geo.calendar.model.WorkingHours;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, exactly once, the calendar data that reached the database without events: the holidays and the
 * default hours that migrations load. Rows written through the use cases are announced by their own
 * transaction. Each pending row is locked, published and marked in one transaction, so a second start, or a
 * second replica starting at the same time, finds nothing left to publish.
 */
@Service
public class AnnouncingCalendar {

    private final PublicHolidays holidays;
    private final Schedules schedules;
    private final CalendarEventPublisher events;

    AnnouncingCalendar(PublicHolidays holidays, Schedules schedules, CalendarEventPublisher events) {
        this.holidays = holidays;
        this.schedules = schedules;
        this.events = events;
    }

    /** @return how many holidays and schedules were published */
    @Transactional
    public int announcePending() {
        int announced = 0;
        for (PublicHoliday holiday : holidays.lockUnannounced()) {
            events.announce(holiday);
            holidays.update(holiday);
            announced++;
        }
        for (WorkingHours hours : schedules.lockUnannounced()) {
            events.announce(hours);
            schedules.update(hours);
            announced++;
        }
        return announced;
    }
}
