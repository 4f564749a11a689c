package energy.mwolo.geo.geography.application;

import java.time.Instant;
import java.util.UUID;

public record ProvinceView(UUID id, UUID country, String countryCode, String countryName, String code, String name,
                           Instant createdAt, Instant updatedAt) {

    /** The full ISO 3166-2 code, e.g. CD-KN. */
    public String isoCode() {
        return countryCode + "-" + code;
    }
}
