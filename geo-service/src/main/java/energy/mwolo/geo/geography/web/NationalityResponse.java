package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.NationalityView;
import java.time.Instant;
import java.util.UUID;

/**
 * A nationality people can hold, attached to the country that grants it.
 *
 * @param id          the nationality's id
 * @param country     the country that grants it ({@code /api/geo/countries/})
 * @param countryCode that country's ISO 3166-1 alpha-2 code, e.g. {@code CD}
 * @param countryName that country's name
 * @param code        its code, upper case, unique within the country, e.g. {@code COD}
 * @param name        its name as people state it, e.g. {@code Congolaise (RDC)}
 * @param createdAt   when it was created (ISO-8601, UTC)
 * @param updatedAt   when it was last updated (ISO-8601, UTC)
 */
record NationalityResponse(UUID id, UUID country, String countryCode, String countryName, String code, String name,
                           Instant createdAt, Instant updatedAt) {

    static NationalityResponse from(NationalityView view) {
        return new NationalityResponse(view.id(), view.country(), view.countryCode(), view.countryName(),
                view.code(), view.name(), view.createdAt(), view.updatedAt());
    }
}
