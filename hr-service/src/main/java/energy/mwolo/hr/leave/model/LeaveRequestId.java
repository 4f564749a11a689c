package energy.mwolo.hr.leave.model;

import java.util.Objects;
import java.util.UUID;

public record LeaveRequestId(UUID value) {

    public LeaveRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
