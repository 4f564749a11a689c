package energy.mwolo.contracts.geo;

import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A declared holiday withdrawn altogether: it is observed in no year any more. */
@ContractPayload
public record HolidayCancelled(UUID holidayId, String countryCode, Instant occurredAt) {

    public static final EventContract<HolidayCancelled> CONTRACT =
            new EventContract<>("geo", "calendar", "HolidayCancelled", 1, HolidayCancelled.class);

    public HolidayCancelled {
        Objects.requireNonNull(holidayId, "holidayId");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
