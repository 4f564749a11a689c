package energy.mwolo.contracts.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A meter was put into service on a piece of equipment of a site. It serves no contract until a MeterLinked.
 * Nullable: installDate.
 */
@ContractPayload
public record MeterInstalled(
        UUID meterId,
        String number,
        UUID equipmentId,
        String serialNumber,
        UUID siteId,
        String kind,
        @JsonProperty(required = true) boolean remoteRelay,
        String relayState,
        LocalDate installDate,
        Instant occurredAt) {

    public static final EventContract<MeterInstalled> CONTRACT =
            new EventContract<>("operations", "meter", "MeterInstalled", 1, MeterInstalled.class);

    public MeterInstalled {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(equipmentId, "equipmentId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relayState, "relayState");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
