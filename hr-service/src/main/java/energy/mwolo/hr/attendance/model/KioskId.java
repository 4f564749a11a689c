package energy.mwolo.hr.attendance.model;

import energy.mwolo.platform.outbox.Uuids;
import java.util.Objects;
import java.util.UUID;

public record KioskId(UUID value) {

    public KioskId {
        Objects.requireNonNull(value, "value");
    }

    public static KioskId newId() {
        return new KioskId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
