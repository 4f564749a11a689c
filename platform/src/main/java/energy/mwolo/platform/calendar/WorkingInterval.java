package energy.mwolo.platform.calendar;

import java.time.LocalTime;
import java.util.Objects;

/** A stretch of working time within one day, local time: start included, end excluded. */
public record WorkingInterval(LocalTime start, LocalTime end) implements Comparable<WorkingInterval> {

    public WorkingInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new ScheduleViolation(ScheduleViolation.Reason.START_NOT_BEFORE_END, null, -1,
                    "A working interval must end after it starts: " + start + "-" + end);
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** Touching intervals (one ends when the other starts) do not overlap. */
    public boolean overlaps(WorkingInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(WorkingInterval other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
