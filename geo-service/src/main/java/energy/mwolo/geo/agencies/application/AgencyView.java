package energy.mwolo.geo.agencies.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An agency as lists and details show it, with its province's and territory's codes and names. */
public record AgencyView(UUID id, String code, String name, UUID province, String provinceCode, String provinceName,
                         UUID territory, String territoryName, String address, String phone, String email,
                         UUID manager, BigDecimal latitude, BigDecimal longitude, String openingHours,
                         boolean active, Instant createdAt, Instant updatedAt) {

    /** The same agency without its manager, as the public sees it. */
    AgencyView withoutManager() {
        return new AgencyView(id, code, name, province, provinceCode, provinceName, territory, territoryName, address,
                phone, email, null, latitude, longitude, openingHours, active, createdAt, updatedAt);
    }
}
