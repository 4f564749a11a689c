package energy.mwolo.contracts.geo;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An agency changed: its full new state, so a consumer needs no earlier event to apply it.
 * Nullable: countryCode (absent from events published before it was added), territoryId, address, phone, email,
 * managerId, latitude, longitude, openingHours.
 */
@ContractPayload
public record AgencyUpdated(
        UUID agencyId,
        String code,
        String name,
        UUID provinceId,
        String provinceCode,
        String countryCode,
        UUID territoryId,
        String address,
        String phone,
        String email,
        UUID managerId,
        BigDecimal latitude,
        BigDecimal longitude,
        String openingHours,
        // A missing primitive would silently read as false, i.e. an inactive agency.
        @JsonProperty(required = true) boolean active,
        Instant occurredAt) {

    public static final EventContract<AgencyUpdated> CONTRACT =
            new EventContract<>("geo", "agency", "AgencyUpdated", 1, AgencyUpdated.class);

    public AgencyUpdated {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The state without its country, as publishers wrote it before {@code countryCode} was added. */
    public AgencyUpdated(UUID agencyId, String code, String name, UUID provinceId, String provinceCode,
            UUID territoryId, String address, String phone, String email, UUID managerId, BigDecimal latitude,
            BigDecimal longitude, String openingHours, boolean active, Instant occurredAt) {
        this(agencyId, code, name, provinceId, provinceCode, null, territoryId, address, phone, email, managerId,
                latitude, longitude, openingHours, active, occurredAt);
    }
}
