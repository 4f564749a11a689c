package energy.mwolo.platform.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The working intervals of each weekday, in the local time of the calendar's zone. A day without interval is
 * not a working day. Intervals of a day never overlap and are kept in order; the week has some working time.
 */
public record WeeklySchedule(Map<DayOfWeek, List<WorkingInterval>> days) {

    public WeeklySchedule {
        Objects.requireNonNull(days, "days");
        Map<DayOfWeek, List<WorkingInterval>> checked = new EnumMap<>(DayOfWeek.class);
        boolean anyWorkingTime = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = days.getOrDefault(day, List.of());
            checkNoOverlap(day, intervals);
            List<WorkingInterval> sorted = new ArrayList<>(intervals);
            Collections.sort(sorted);
            checked.put(day, List.copyOf(sorted));
            anyWorkingTime |= !sorted.isEmpty();
        }
        if (!anyWorkingTime) {
            throw new ScheduleViolation(ScheduleViolation.Reason.NO_WORKING_TIME, null, -1,
                    "A weekly schedule needs at least one working interval");
        }
        days = Collections.unmodifiableMap(checked);
    }

    public static WeeklySchedule of(Map<DayOfWeek, List<WorkingInterval>> days) {
        return new WeeklySchedule(days);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The day's intervals in order of their start; empty on a day off. */
    public List<WorkingInterval> on(DayOfWeek day) {
        return days.get(day);
    }

    public boolean isWorkingDay(DayOfWeek day) {
        return !days.get(day).isEmpty();
    }

    private static void checkNoOverlap(DayOfWeek day, List<WorkingInterval> intervals) {
        for (int later = 1; later < intervals.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (intervals.get(later).overlaps(intervals.get(earlier))) {
                    throw new ScheduleViolation(ScheduleViolation.Reason.OVERLAP, day, later,
                            day + ": " + intervals.get(later) + " overlaps " + intervals.get(earlier));
                }
            }
        }
    }

    /** Builds a schedule interval by interval; {@link #build()} checks it as {@link #of} does. */
    public static final class Builder {

        private final Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);

        private Builder() {
        }

        public Builder on(WorkingInterval interval, DayOfWeek... weekdays) {
            for (DayOfWeek day : weekdays) {
                days.computeIfAbsent(day, d -> new ArrayList<>()).add(interval);
            }
            return this;
        }

        public WeeklySchedule build() {
            return new WeeklySchedule(days);
        }
    }
}
