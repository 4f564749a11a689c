package energy.mwolo.billing.dunning.model;

import energy.mwolo.billing.kernel.InvalidField;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A reminder of the schedule: {@code offsetDays} from the invoice's due date (negative: before it). The final step
 * also reports the contract overdue for disconnection.
 */
public record DunningStep(String code, int offsetDays, boolean isFinal) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9+-]{1,20}");
    static final int EARLIEST = -60;
    static final int LATEST = 365;

    public DunningStep {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidField("code", "billing.dunning.step_code_invalid", code);
        }
        if (offsetDays < EARLIEST || offsetDays > LATEST) {
            throw new InvalidField("offset_days", "billing.dunning.step_offset_invalid", offsetDays, EARLIEST, LATEST);
        }
    }

    /** The Africa/Kinshasa day the step falls on for an invoice due on {@code dueDate}. */
    public LocalDate dayFor(LocalDate dueDate) {
        return dueDate.plusDays(offsetDays);
    }

    /** A reminder before the due date ("will be due"), as opposed to after it ("is overdue"). */
    public boolean beforeDue() {
        return offsetDays <= 0;
    }
}
