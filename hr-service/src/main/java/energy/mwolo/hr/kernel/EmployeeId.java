package energy.mwolo.hr.kernel;

import energy.mwolo.platform.outbox.Uuids;
import java.util.Objects;
import java.util.UUID;

/** An employee's technical id, shared by every feature that refers to an employee. */
public record EmployeeId(UUID value) {

    public EmployeeId {
        Objects.requireNonNull(value, "value");
    }

    public static EmployeeId newId() {
        return new EmployeeId(Uuids.timeOrdered());
    }

    public static EmployeeId ofNullable(UUID value) {
        return value == null ? null : new EmployeeId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
