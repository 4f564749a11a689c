package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CountryView;
import java.time.Instant;
import java.util.UUID;

/**
 * A country: the root of the territory tree (country, province, commune, territory).
 *
 * @param id        the country's id
 * @param code      its ISO 3166-1 alpha-2 code, upper case, e.g. {@code CD}
 * @param name      its name, e.g. {@code République démocratique du Congo}
 * @param createdAt when it was created (ISO-8601, UTC)
 * @param updatedAt when it was last updated (ISO-8601, UTC)
 */
record CountryResponse(UUID id, String code, String name, Instant createdAt, Instant updatedAt) {

    static CountryResponse from(CountryView view) {
        return new CountryResponse(view.id(), view.code(), view.name(), view.createdAt(), view.updatedAt());
    }
}
