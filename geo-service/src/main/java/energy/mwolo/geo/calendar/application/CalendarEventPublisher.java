package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.WorkingHours;

/** Publishes calendar events in the caller's transaction, so they leave only if it commits. */
public interface CalendarEventPublisher {

    void publishRecordedEvents(PublicHoliday holiday);

    void publishRecordedEvents(WorkingHours hours);

    /** Publishes the holiday's current state, for holidays that reached the database without events. */
    void announce(PublicHoliday holiday);

    /** Publishes the hours' current state, for hours that reached the database without events. */
    void announce(WorkingHours hours);
}
