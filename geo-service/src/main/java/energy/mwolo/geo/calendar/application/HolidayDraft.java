package energy.mwolo.geo.calendar.application;

import energy.mwolo.geo.calendar.model.CountryCode;
import energy.mwolo.geo.calendar.model.HolidayNames;
import energy.mwolo.geo.calendar.model.InvalidCalendarField;
import energy.mwolo.geo.calendar.model.PublicHoliday;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A holiday as a request declares it: {@code recurring} with a month-day ({@code MM-DD}) and its years, or
 * {@code extra} with its date.
 */
public record HolidayDraft(String country, String kind, String monthDay, LocalDate date, Integer firstYear,
                           Integer lastYear, String nameFr, String nameEn) {

    public static final String RECURRING = "recurring";
    public static final String EXTRA = "extra";

    PublicHoliday declare(CountryCode countryCode, Instant now) {
        HolidayNames names = new HolidayNames(nameFr, nameEn);
        if (RECURRING.equals(kind)) {
            if (firstYear == null) {
                throw InvalidCalendarField.missing("first_year");
            }
            return PublicHoliday.declareRecurring(countryCode, names, parsedMonthDay(), firstYear, lastYear, now);
        }
        if (EXTRA.equals(kind)) {
            if (date == null) {
                throw InvalidCalendarField.missing("date");
            }
            return PublicHoliday.declareExtra(countryCode, names, date, now);
        }
        throw kind == null ? InvalidCalendarField.missing("kind") : InvalidCalendarField.kind(kind);
    }

    private MonthDay parsedMonthDay() {
        if (monthDay == null || monthDay.isBlank()) {
            throw InvalidCalendarField.missing("month_day");
        }
        try {
            return MonthDay.parse("--" + monthDay.strip());
        } catch (DateTimeException e) {
            throw InvalidCalendarField.monthDay("month_day", monthDay);
        }
    }
}
