package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.TerritoryView;
import java.time.Instant;
import java.util.UUID;

/**
 * A territory of a commune, with the commune's province.
 *
 * @param id           the territory's id
 * @param commune      the commune it belongs to ({@code /api/geo/communes/})
 * @param communeName  that commune's name
 * @param province     the province of that commune ({@code /api/geo/provinces/})
 * @param provinceCode that province's code, e.g. {@code KN}
 * @param provinceName that province's name
 * @param code         its code, upper case, unique within the commune
 * @param name         its name
 * @param createdAt    when it was created (ISO-8601, UTC)
 * @param updatedAt    when it was last updated (ISO-8601, UTC)
 */
record TerritoryResponse(UUID id, UUID commune, String communeName, UUID province, String provinceCode,
                         String provinceName, String code, String name, Instant createdAt, Instant updatedAt) {

    static TerritoryResponse from(TerritoryView view) {
        return new TerritoryResponse(view.id(), view.commune(), view.communeName(), view.province(),
                view.provinceCode(), view.provinceName(), view.code(), view.name(), view.createdAt(),
                view.updatedAt());
    }
}
