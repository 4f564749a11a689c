package energy.mwolo.hr.attendance.model;

import energy.mwolo.platform.outbox.Uuids;
import java.util.Objects;
import java.util.UUID;

public record BadgeId(UUID value) {

    public BadgeId {
        Objects.requireNonNull(value, "value");
    }

    public static BadgeId newId() {
        return new BadgeId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
