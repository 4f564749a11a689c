package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CommuneView;
import java.time.Instant;
import java.util.UUID;

/**
 * A commune of a province.
 *
 * @param id           the commune's id
 * @param province     the province it lies in ({@code /api/geo/provinces/})
 * @param provinceCode that province's code, e.g. {@code KN}
 * @param provinceName that province's name, e.g. {@code Kinshasa}
 * @param code         its code, upper case, unique within the province, e.g. {@code GOMBE}
 * @param name         its name, e.g. {@code Gombe}
 * @param createdAt    when it was created (ISO-8601, UTC)
 * @param updatedAt    when it was last updated (ISO-8601, UTC)
 */
record CommuneResponse(UUID id, UUID province, String provinceCode, String provinceName, String code, String name,
                       Instant createdAt, Instant updatedAt) {

    static CommuneResponse from(CommuneView view) {
        return new CommuneResponse(view.id(), view.province(), view.provinceCode(), view.provinceName(),
                view.code(), view.name(), view.createdAt(), view.updatedAt());
    }
}
