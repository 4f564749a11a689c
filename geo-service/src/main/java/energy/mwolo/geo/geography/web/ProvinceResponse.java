package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.ProvinceView;
import java.time.Instant;
import java.util.UUID;

/** @param isoCode the full ISO 3166-2 code, e.g. CD-KN */
record ProvinceResponse(UUID id, UUID country, String countryCode, String countryName, String code, String isoCode,
                        String name, Instant createdAt, Instant updatedAt) {

    static ProvinceResponse from(ProvinceView view) {
        return new ProvinceResponse(view.id(), view.country(), view.countryCode(), view.countryName(), view.code(),
                view.isoCode(), view.name(), view.createdAt(), view.updatedAt());
    }
}
