package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.outbox.Uuids;
import java.util.Objects;
import java.util.UUID;

/** A payroll run's id. */
public record PayrollRunId(UUID value) {

    public PayrollRunId {
        Objects.requireNonNull(value, "value");
    }

    public static PayrollRunId newId() {
        return new PayrollRunId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
