package energy.mwolo.hr.leave.model;

import energy.mwolo.hr.kernel.InvalidField;
import java.time.LocalDate;

/**
 * The days a leave covers: from {@code start} (from midday when {@code startsAtMidday}) to {@code end} (until
 * midday when {@code endsAtMidday}). A one-day leave may be either half, not both.
 */
public record LeavePeriod(LocalDate start, boolean startsAtMidday, LocalDate end, boolean endsAtMidday) {

    public LeavePeriod {
        if (start == null) {
            throw InvalidField.required("start_date");
        }
        if (end == null) {
            throw InvalidField.required("end_date");
        }
        if (end.isBefore(start)) {
            throw new InvalidField("end_date", "hr.leave.end_before_start", end, start);
        }
        if (end.equals(start) && startsAtMidday && endsAtMidday) {
            throw new InvalidField("end_half_day", "hr.leave.half_days_same_day", start);
        }
    }

    /** Whether both take some half day in common: a leave ending at midday and one starting then do not. */
    public boolean overlaps(LeavePeriod other) {
        return firstHalf() <= other.lastHalf() && other.firstHalf() <= lastHalf();
    }

    private long firstHalf() {
        return start.toEpochDay() * 2 + (startsAtMidday ? 1 : 0);
    }

    private long lastHalf() {
        return end.toEpochDay() * 2 + (endsAtMidday ? 0 : 1);
    }
}
