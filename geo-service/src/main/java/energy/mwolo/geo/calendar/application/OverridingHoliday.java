package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.HolidayId;
import energy.mwolo.geo.calendar.model.HolidayNotFound;
import energy.mwolo.geo.calendar.model.InvalidCalendarField;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.PublicHolidays;
import energy.mwolo.geo.geography.application.GeoPermissions;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a government communiqué decides for one year of a recurring holiday (another day, or no holiday
 * that year), or withdraws that decision; each change announces the holiday's new state with HolidayDeclared.
 */
@Service
public class OverridingHoliday {

    private final PublicHolidays holidays;
    private final CalendarEventPublisher events;

    OverridingHoliday(PublicHolidays holidays, CalendarEventPublisher events) {
        this.holidays = holidays;
        this.events = events;
    }

    /**
     * @param observed   false: not observed that year; otherwise observed on {@code observedOn}
     * @param observedOn required unless {@code observed} is false
     */
    @Transactional
    public void override(HolidayId id, int year, Boolean observed, LocalDate observedOn, CurrentUser user) {
        user.require(GeoPermissions.UPDATE);
        if (Boolean.FALSE.equals(observed)) {
            if (observedOn != null) {
                throw InvalidCalendarField.observedOnWithoutObservance();
            }
            change(id, holiday -> holiday.skip(year, Instant.now()));
        } else {
            if (observedOn == null) {
                throw InvalidCalendarField.missing("observed_on");
            }
            change(id, holiday -> holiday.observeOn(year, observedOn, Instant.now()));
        }
    }

    @Transactional
    public void withdraw(HolidayId id, int year, CurrentUser user) {
        user.require(GeoPermissions.UPDATE);
        change(id, holiday -> holiday.withdrawOverride(year, Instant.now()));
    }

    private void change(HolidayId id, Consumer<PublicHoliday> change) {
        PublicHoliday holiday = holidays.lockById(id).orElseThrow(() -> new HolidayNotFound(id));
        change.accept(holiday);
        holidays.update(holiday);
        events.publishRecordedEvents(holiday);
    }
}
