package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.NationalityView;
import java.time.Instant;
import java.util.UUID;

record NationalityResponse(UUID id, UUID country, String countryCode, String countryName, String code, String name,
                           Instant createdAt, Instant updatedAt) {

    static NationalityResponse from(NationalityView view) {
        return new NationalityResponse(view.id(), view.country(), view.countryCode(), view.countryName(),
                view.code(), view.name(), view.createdAt(), view.updatedAt());
    }
}
