package energy.mwolo.geo.geography.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import energy.mwolo.geo.geography.application.ProvinceView;
import java.time.Instant;
import java.util.UUID;

/**
 * A province of a country.
 *
 * @param id          the province's id
 * @param country     the country it belongs to ({@code /api/geo/countries/})
 * @param countryCode that country's ISO 3166-1 alpha-2 code, e.g. {@code CD}
 * @param countryName that country's name
 * @param code        the subdivision part of its ISO 3166-2 code, e.g. {@code KN}; agency codes are built from it
 * @param isoCode     the full ISO 3166-2 code, e.g. {@code CD-KN} (named explicitly: the API document's resolver
 *                    took {@code isoCode} for something other than a camel-case name)
 * @param name        its name, e.g. {@code Kinshasa}
 * @param createdAt   when it was created (ISO-8601, UTC)
 * @param updatedAt   when it was last updated (ISO-8601, UTC)
 */
record ProvinceResponse(UUID id, UUID country, String countryCode, String countryName, String code,
                        @JsonProperty("iso_code") String isoCode, String name, Instant createdAt,
                        Instant updatedAt) {

    static ProvinceResponse from(ProvinceView view) {
        return new ProvinceResponse(view.id(), view.country(), view.countryCode(), view.countryName(), view.code(),
                view.isoCode(), view.name(), view.createdAt(), view.updatedAt());
    }
}
