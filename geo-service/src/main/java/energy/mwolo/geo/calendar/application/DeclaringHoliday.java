package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.CountryCode;
import energy.mwolo.geo.calendar.model.DuplicateHoliday;
import energy.mwolo.geo.calendar.model.HolidayId;
import energy.mwolo.geo.calendar.model.InvalidCalendarField;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.PublicHolidays;
import energy.mwolo.geo.geography.application.GeoPermissions;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares a recurring holiday or an extra day of a country and announces it with HolidayDeclared. A holiday the
 * country already has on that day for some of those years is refused (409); declarations of one country are
 * serialised on the country, so two identical ones sent together cannot both pass.
 */
@Service
public class DeclaringHoliday {

    private final PublicHolidays holidays;
    private final CountryCodes countries;
    private final CalendarEventPublisher events;

    DeclaringHoliday(PublicHolidays holidays, CountryCodes countries, CalendarEventPublisher events) {
        this.holidays = holidays;
        this.countries = countries;
        this.events = events;
    }

    @Transactional
    public HolidayId declare(HolidayDraft draft, CurrentUser user) {
        user.require(GeoPermissions.CREATE);
        CountryCode country = CountryCode.of(draft.country());
        if (!countries.lockIfExists(country)) {
            throw InvalidCalendarField.unknownCountry(country);
        }
        PublicHoliday holiday = draft.declare(country, Instant.now());
        holidays.observedBy(country).stream().filter(holiday::coincidesWith).findFirst().ifPresent(existing -> {
            throw new DuplicateHoliday(existing.names().french());
        });
        holidays.add(holiday);
        events.publishRecordedEvents(holiday);
        return holiday.id();
    }
}
