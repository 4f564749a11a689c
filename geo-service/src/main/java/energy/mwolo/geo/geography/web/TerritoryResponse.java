package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.TerritoryView;
import java.time.Instant;
import java.util.UUID;

record TerritoryResponse(UUID id, UUID commune, String communeName, UUID province, String provinceCode,
                         String provinceName, String code, String name, Instant createdAt, Instant updatedAt) {

    static TerritoryResponse from(TerritoryView view) {
        return new TerritoryResponse(view.id(), view.commune(), view.communeName(), view.province(),
                view.provinceCode(), view.provinceName(), view.code(), view.name(), view.createdAt(),
                view.updatedAt());
    }
}
