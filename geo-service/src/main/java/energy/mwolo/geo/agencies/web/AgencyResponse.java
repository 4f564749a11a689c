package energy.mwolo.geo.agencies.web;

import energy.mwolo.geo.agencies.application.AgencyView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An agency of the company, as lists and details show it. Closed agencies are shown only to staff who read or manage
 * agencies; to anyone else they do not exist. Optional texts are null when not given.
 *
 * @param id            the agency's id
 * @param code          its code, generated when it opens: {@code AG-<province code>-<number>}, the number padded to
 *                      three digits and counted per province, e.g. {@code AG-KN-001}
 * @param name          the agency's name as people know it
 * @param province      the province it stands in ({@code /api/geo/provinces/})
 * @param provinceCode  that province's code, e.g. {@code KN}
 * @param provinceName  that province's name, e.g. {@code Kinshasa}
 * @param territory     the territory of that province it stands in ({@code /api/geo/territories/}); null when it is
 *                      placed in its province only
 * @param territoryName that territory's name; null without a territory
 * @param address       its street address
 * @param phone         its phone number
 * @param email         its email address
 * @param manager       the identity-service user id of the staff member who runs it; null when it has none, and
 *                      always null for callers who do not read agencies as staff
 * @param latitude      WGS 84 latitude in decimal degrees (six decimals); null, with {@code longitude}, when the
 *                      position is unknown
 * @param longitude     WGS 84 longitude in decimal degrees (six decimals); null, with {@code latitude}, when the
 *                      position is unknown
 * @param openingHours  the opening hours as free text for the public
 * @param isActive      true while the agency is open; false once closed (agencies are closed, never deleted)
 * @param createdAt     when the agency was opened (ISO-8601, UTC)
 * @param updatedAt     when its record was last updated (ISO-8601, UTC)
 */
record AgencyResponse(UUID id, String code, String name, UUID province, String provinceCode, String provinceName,
                      UUID territory, String territoryName, String address, String phone, String email,
                      UUID manager, BigDecimal latitude, BigDecimal longitude, String openingHours,
                      Boolean isActive, Instant createdAt, Instant updatedAt) {

    static AgencyResponse from(AgencyView view) {
        return new AgencyResponse(view.id(), view.code(), view.name(), view.province(), view.provinceCode(),
                view.provinceName(), view.territory(), view.territoryName(), view.address(), view.phone(),
                view.email(), view.manager(), view.latitude(), view.longitude(), view.openingHours(),
                view.active(), view.createdAt(), view.updatedAt());
    }
}
