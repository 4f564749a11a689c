package energy.mwolo.contracts.crm;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A service point was registered. Its full state.
 * Nullable: address, latitude, longitude.
 */
@ContractPayload
public record SiteRegistered(
        UUID siteId,
        String reference,
        UUID clientId,
        String name,
        String usage,
        @JsonProperty(required = true) boolean isProtected,
        @JsonProperty(required = true) boolean active,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        Instant occurredAt) {

    public static final EventContract<SiteRegistered> CONTRACT =
            new EventContract<>("crm", "site", "SiteRegistered", 1, SiteRegistered.class);

    public SiteRegistered {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
