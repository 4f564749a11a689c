package energy.mwolo.hr.payroll.model;

import energy.mwolo.platform.outbox.Uuids;
import java.util.Objects;
import java.util.UUID;

/** A payslip's id. */
public record PayslipId(UUID value) {

    public PayslipId {
        Objects.requireNonNull(value, "value");
    }

    public static PayslipId newId() {
        return new PayslipId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
