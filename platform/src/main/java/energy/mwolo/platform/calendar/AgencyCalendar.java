package energy.mwolo.platform.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One agency's working calendar: its country's public holidays, its weekly hours and the zone they are read in.
 * Instants come and go in UTC; days and hours are those of the zone. Working time is any moment inside an
 * interval of its weekday on a day that is not a public holiday; a working day is such a day with at least one
 * interval, however short.
 */
public record AgencyCalendar(Holidays holidays, WeeklySchedule schedule, ZoneId zone) {

    /** A valid schedule always has working time; this bound only stops a search on absurd holiday data. */
    private static final int SEARCH_LIMIT_DAYS = 3660;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public AgencyCalendar {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
    }

    public boolean isWorkingDay(LocalDate date) {
        return schedule.isWorkingDay(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    public boolean isWorkingTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return isWorkingDay(local.toLocalDate())
                && schedule.on(local.getDayOfWeek()).stream().anyMatch(i -> i.contains(local.toLocalTime()));
    }

    /** The instant itself during working time, else the start of the next working interval. */
    public Instant nextWorkingTime(Instant instant) {
        LocalDate first = LocalDate.ofInstant(instant, zone);
        for (int offset = 0; offset < SEARCH_LIMIT_DAYS; offset++) {
            for (Span span : spansOn(first.plusDays(offset))) {
                if (span.end.isAfter(instant)) {
                    return span.start.isAfter(instant) ? span.start : instant;
                }
            }
        }
        throw noWorkingTimeAfter(first);
    }

    /**
     * The instant at which {@code hours} of working time have passed since {@code start}: time outside working
     * intervals does not count. A deadline that uses up an interval exactly ends at that interval's end (16:00),
     * not at the next opening. Adding nothing gives {@code start} back.
     */
    public Instant addWorkingHours(Instant start, Duration hours) {
        if (hours.isNegative()) {
            throw new IllegalArgumentException("Working hours to add cannot be negative: " + hours);
        }
        if (hours.isZero()) {
            return start;
        }
        Duration remaining = hours;
        LocalDate first = LocalDate.ofInstant(start, zone);
        for (int offset = 0; offset < SEARCH_LIMIT_DAYS; offset++) {
            for (Span span : spansOn(first.plusDays(offset))) {
                if (!span.end.isAfter(start)) {
                    continue;
                }
                Instant from = span.start.isAfter(start) ? span.start : start;
                Duration available = Duration.between(from, span.end);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw noWorkingTimeAfter(first);
    }

    /**
     * The working day {@code days} working days after {@code date} (before it when negative); {@code date}
     * itself when zero, working day or not.
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        int step = days < 0 ? -1 : 1;
        int left = Math.abs(days);
        LocalDate current = date;
        for (int searched = 0; left > 0; searched++) {
            if (searched >= SEARCH_LIMIT_DAYS + Math.abs(days)) {
                throw noWorkingTimeAfter(date);
            }
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /** The working days from {@code from} to {@code to}, both included. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The working days of a leave that starts on {@code from} in the morning or the afternoon and ends on
     * {@code to} at midday ({@link DayPart#MORNING}) or in the evening ({@link DayPart#AFTERNOON}). A half day
     * counts 0.5, and only on a working day: starting on a holiday's afternoon takes nothing off.
     */
    public BigDecimal workingDaysBetween(LocalDate from, DayPart startsIn, LocalDate to, DayPart endsWith) {
        if (from.equals(to) && startsIn == DayPart.AFTERNOON && endsWith == DayPart.MORNING) {
            throw new IllegalArgumentException("A leave starting on " + from + " afternoon cannot end that morning");
        }
        BigDecimal days = BigDecimal.valueOf(workingDaysBetween(from, to));
        if (startsIn == DayPart.AFTERNOON && isWorkingDay(from)) {
            days = days.subtract(HALF);
        }
        if (endsWith == DayPart.MORNING && isWorkingDay(to)) {
            days = days.subtract(HALF);
        }
        return days;
    }

    /** The day's working intervals as instants, in order; none on a holiday. */
    private List<Span> spansOn(LocalDate date) {
        if (!isWorkingDay(date)) {
            return List.of();
        }
        return schedule.on(date.getDayOfWeek()).stream()
                .map(i -> new Span(date.atTime(i.start()).atZone(zone).toInstant(),
                        date.atTime(i.end()).atZone(zone).toInstant()))
                .toList();
    }

    private static IllegalStateException noWorkingTimeAfter(LocalDate date) {
        return new IllegalStateException("No working time within " + SEARCH_LIMIT_DAYS + " days of " + date);
    }

    private record Span(Instant start, Instant end) {
    }
}
