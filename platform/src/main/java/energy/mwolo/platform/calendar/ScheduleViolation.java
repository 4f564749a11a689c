package energy.mwolo.platform.calendar;

import java.time.DayOfWeek;

/** A weekly schedule that cannot be: callers turn it into an error naming the day and interval at fault. */
public class ScheduleViolation extends IllegalArgumentException {

    public enum Reason {
        /** An interval ends at or before its start (intervals never run past midnight). */
        START_NOT_BEFORE_END,
        /** Two intervals of one day share some time. */
        OVERLAP,
        /** No interval on any day: there would never be working time. */
        NO_WORKING_TIME
    }

    private final Reason reason;
    private final transient DayOfWeek day;
    private final int index;

    ScheduleViolation(Reason reason, DayOfWeek day, int index, String message) {
        super(message);
        this.reason = reason;
        this.day = day;
        this.index = index;
    }

    public Reason reason() {
        return reason;
    }

    /** The day at fault, or null when the fault is not a day's. */
    public DayOfWeek day() {
        return day;
    }

    /** The position of the interval at fault in the day's list as given, or -1. */
    public int index() {
        return index;
    }
}
