package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.agencies.model.AgencyId;
import energy.mwolo.geo.agencies.model.AgencyNotFound;
import energy.mwolo.geo.calendar.model.CountryCode;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import energy.mwolo.geo.calendar.model.PublicHolidays;
import energy.mwolo.geo.calendar.model.Schedules;
import energy.mwolo.platform.calendar.AgencyCalendar;
import energy.mwolo.platform.calendar.HolidayRules;
import energy.mwolo.platform.calendar.WorkingCalendar;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * geo's own working-time answers, from its tables: the holidays of the agency's country that are not cancelled,
 * the agency's own hours or else the company default. A consumer holding every event of geo.calendar.events and
 * geo.agency.events builds the same {@link AgencyCalendar}, hence the same answers.
 */
@Service
public class GeoWorkingCalendar implements WorkingCalendar {

    private final AgencyCountries countries;
    private final PublicHolidays holidays;
    private final Schedules schedules;

    GeoWorkingCalendar(AgencyCountries countries, PublicHolidays holidays, Schedules schedules) {
        this.countries = countries;
        this.holidays = holidays;
        this.schedules = schedules;
    }

    /** @throws AgencyNotFound when no agency, open or closed, has this id */
    @Override
    @Transactional(readOnly = true)
    public AgencyCalendar calendarOf(UUID agencyId) {
        AgencyId agency = new AgencyId(agencyId);
        CountryCode country = countries.countryOf(agency).orElseThrow(() -> new AgencyNotFound(agencyId));
        return schedules.of(agency).orElseGet(schedules::companyDefault).calendar(holidaysOf(country));
    }

    private HolidayRules holidaysOf(CountryCode country) {
        return HolidayRules.of(holidays.observedBy(country).stream().map(PublicHoliday::rule).toList());
    }
}
