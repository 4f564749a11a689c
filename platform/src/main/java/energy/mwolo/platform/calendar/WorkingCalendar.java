package energy.mwolo.platform.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Working-time answers for any agency of the company. An implementation says which {@link AgencyCalendar}
 * applies to an agency (geo-service from its own data, other services from a read model of
 * {@code geo.calendar.events} and {@code geo.agency.events}); the arithmetic is {@link AgencyCalendar}'s, so
 * every service gets the same answers.
 */
@FunctionalInterface
public interface WorkingCalendar {

    /**
     * The calendar the agency works by: the holidays of its country, its own weekly hours or else the company
     * default, and their zone.
     *
     * @throws RuntimeException of the implementation's choosing when the agency is unknown
     */
    AgencyCalendar calendarOf(UUID agencyId);

    default boolean isWorkingTime(UUID agencyId, Instant instant) {
        return calendarOf(agencyId).isWorkingTime(instant);
    }

    default Instant nextWorkingTime(UUID agencyId, Instant instant) {
        return calendarOf(agencyId).nextWorkingTime(instant);
    }

    default Instant addWorkingHours(UUID agencyId, Instant start, Duration hours) {
        return calendarOf(agencyId).addWorkingHours(start, hours);
    }

    default LocalDate addWorkingDays(UUID agencyId, LocalDate date, int days) {
        return calendarOf(agencyId).addWorkingDays(date, days);
    }

    default int workingDaysBetween(UUID agencyId, LocalDate from, LocalDate to) {
        return calendarOf(agencyId).workingDaysBetween(from, to);
    }

    default BigDecimal workingDaysBetween(UUID agencyId, LocalDate from, DayPart startsIn, LocalDate to,
                                          DayPart endsWith) {
        return calendarOf(agencyId).workingDaysBetween(from, startsIn, to, endsWith);
    }
}
