package energy.mwolo.geo.calendar.messaging;

import energy.mwolo.contracts.geo.HolidayCancelled;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.geo.calendar.application.CalendarEventPublisher;
import energy.mwolo.geo.calendar.model.HolidayEvent;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.WorkingHours;
import energy.mwolo.geo.calendar.model.WorkingHoursEvent;
import energy.mwolo.platform.calendar.CalendarEvents;
import energy.mwolo.platform.calendar.HolidayRule;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Every event carries the whole current state of its holiday or schedule, so a consumer keeps the latest per key
 * and needs nothing else: the holiday's rule with all its overrides (not a list of dates, which would need a
 * horizon), the schedule with its zone. Keys: the holiday id; the agency id, or {@code default}.
 */
@Component
class OutboxCalendarEvents implements CalendarEventPublisher {

    private final Outbox outbox;

    OutboxCalendarEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishRecordedEvents(PublicHoliday holiday) {
        for (HolidayEvent event : holiday.pullEvents()) {
            if (event instanceof HolidayEvent.Declared) {
                declared(holiday, event.occurredAt());
            } else if (event instanceof HolidayEvent.Cancelled) {
                cancelled(holiday, event.occurredAt());
            }
        }
    }

    @Override
    public void publishRecordedEvents(WorkingHours hours) {
        for (WorkingHoursEvent event : hours.pullEvents()) {
            changed(hours, event.occurredAt());
        }
    }

    @Override
    public void announce(PublicHoliday holiday) {
        if (holiday.isCancelled()) {
            cancelled(holiday, Instant.now());
        } else {
            declared(holiday, Instant.now());
        }
    }

    @Override
    public void announce(WorkingHours hours) {
        changed(hours, Instant.now());
    }

    private void declared(PublicHoliday holiday, Instant occurredAt) {
        HolidayRule rule = holiday.rule();
        outbox.publish(HolidayDeclared.CONTRACT, rule.id().toString(), new HolidayDeclared(rule.id(),
                holiday.country().value(), CalendarEvents.kind(rule), rule.day().getMonthValue(),
                rule.day().getDayOfMonth(), rule.firstYear(), rule.lastYear(), holiday.names().french(),
                holiday.names().english(), CalendarEvents.overrides(rule), occurredAt));
    }

    private void cancelled(PublicHoliday holiday, Instant occurredAt) {
        outbox.publish(HolidayCancelled.CONTRACT, holiday.id().toString(),
                new HolidayCancelled(holiday.id().value(), holiday.country().value(), occurredAt));
    }

    private void changed(WorkingHours hours, Instant occurredAt) {
        String key = hours.isCompanyDefault() ? WorkingHoursChanged.DEFAULT_KEY : hours.agency().toString();
        outbox.publish(WorkingHoursChanged.CONTRACT, key, new WorkingHoursChanged(
                hours.isCompanyDefault() ? null : hours.agency().value(), hours.zone().getId(),
                CalendarEvents.intervals(hours.schedule()), occurredAt));
    }
}
