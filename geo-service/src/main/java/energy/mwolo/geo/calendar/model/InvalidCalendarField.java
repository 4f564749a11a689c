package energy.mwolo.geo.calendar.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A value of a holiday or a schedule that cannot be, named by its request field. */
public class InvalidCalendarField extends DomainException {

    /** Years the calendar accepts: wide enough for any leave or SLA, narrow enough to catch typing slips. */
    public static final int FIRST_YEAR = 1960;
    public static final int LAST_YEAR = 2199;

    private InvalidCalendarField(String code, String field, Object... args) {
        super(ErrorKind.INVALID, code, field, args);
    }

    public static InvalidCalendarField missing(String field) {
        return new InvalidCalendarField("calendar.field.required", field);
    }

    static InvalidCalendarField tooLong(String field, int maxLength) {
        return new InvalidCalendarField("calendar.field.too_long", field, maxLength);
    }

    public static InvalidCalendarField kind(String value) {
        return new InvalidCalendarField("calendar.holiday.kind.invalid", "kind", value);
    }

    public static InvalidCalendarField observedOnWithoutObservance() {
        return new InvalidCalendarField("calendar.override.observed_on_unexpected", "observed_on");
    }

    static InvalidCalendarField countryCode(String value) {
        return new InvalidCalendarField("calendar.country.invalid", "country", value);
    }

    public static InvalidCalendarField unknownCountry(CountryCode country) {
        return new InvalidCalendarField("calendar.country.unknown", "country", country.value());
    }

    public static InvalidCalendarField monthDay(String field, String value) {
        return new InvalidCalendarField("calendar.holiday.month_day.invalid", field, value);
    }

    static InvalidCalendarField leapDay(String field) {
        return new InvalidCalendarField("calendar.holiday.leap_day", field);
    }

    static InvalidCalendarField yearOutOfRange(String field) {
        return new InvalidCalendarField("calendar.year.out_of_range", field, String.valueOf(FIRST_YEAR),
                String.valueOf(LAST_YEAR));
    }

    static InvalidCalendarField yearsReversed(int firstYear) {
        return new InvalidCalendarField("calendar.holiday.years_reversed", "last_year", String.valueOf(firstYear));
    }

    static InvalidCalendarField yearOutsideValidity(int year, String name) {
        return new InvalidCalendarField("calendar.override.year_outside_validity", "year", String.valueOf(year),
                name);
    }

    static InvalidCalendarField observedTooFar(int year) {
        return new InvalidCalendarField("calendar.override.too_far", "observed_on", String.valueOf(year));
    }

    public static InvalidCalendarField unknownDay(String field, String day) {
        return new InvalidCalendarField("calendar.schedule.unknown_day", field, day);
    }

    public static InvalidCalendarField reversedInterval(String field) {
        return new InvalidCalendarField("calendar.schedule.interval_reversed", field);
    }

    public static InvalidCalendarField notWholeMinutes(String field) {
        return new InvalidCalendarField("calendar.schedule.whole_minutes", field);
    }

    public static InvalidCalendarField overlap(String field) {
        return new InvalidCalendarField("calendar.schedule.overlap", field);
    }

    public static InvalidCalendarField noWorkingTime(String field) {
        return new InvalidCalendarField("calendar.schedule.empty", field);
    }

    public static InvalidCalendarField unknownZone(String zone) {
        return new InvalidCalendarField("calendar.zone.unknown", "zone", zone);
    }

    public static InvalidCalendarField periodReversed(Object from, Object to) {
        return new InvalidCalendarField("calendar.period.reversed", "to", from, to);
    }

    public static InvalidCalendarField periodTooLong(int maxDays) {
        return new InvalidCalendarField("calendar.period.too_long", "to", maxDays);
    }
}
