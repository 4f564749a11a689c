package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CountryView;
import java.time.Instant;
import java.util.UUID;

record CountryResponse(UUID id, String code, String name, Instant createdAt, Instant updatedAt) {

    static CountryResponse from(CountryView view) {
        return new CountryResponse(view.id(), view.code(), view.name(), view.createdAt(), view.updatedAt());
    }
}
