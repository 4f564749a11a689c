package energy.mwolo.contracts.geo;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.contracts.ContractPayload;
import energy.mwolo.contracts.EventContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An agency opened: its full state at opening.
 * Nullable: countryCode (absent from events published before it was added), territoryId, address, phone, email,
 * managerId, latitude, longitude, openingHours.
 */
@ContractPayload
public record AgencyOpened(
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

    public static final EventContract<AgencyOpened> CONTRACT =
            new EventContract<>("geo", "agency", "AgencyOpened", 1, AgencyOpened.class);

    public AgencyOpened {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The state without its country, as publishers wrote it before {@code countryCode} was added. */
    public AgencyOpened(UUID agencyId, String code, String name, UUID provinceId, String provinceCode,
            UUID territoryId, String address, String phone, String email, UUID managerId, BigDecimal latitude,
            BigDecimal longitude, String openingHours, boolean active, Instant occurredAt) {
        this(agencyId, code, name, provinceId, provinceCode, null, territoryId, address, phone, email, managerId,
                latitude, longitude, openingHours, active, occurredAt);
    }
}
