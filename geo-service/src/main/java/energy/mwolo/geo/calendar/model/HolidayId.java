package energy.mwolo.geo.calendar.model;

import java.util.Objects;
import java.util.UUID;

public record HolidayId(UUID value) {

    public HolidayId {
        Objects.requireNonNull(value, "value");
    }

    public static HolidayId newId() {
        return new HolidayId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
