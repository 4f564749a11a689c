package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.NationalityDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A nationality as clients send it to create or change it. Every field is required by POST and PUT; a PATCH
 * changes only the fields it gives.
 *
 * @param country the country that grants it ({@code /api/geo/countries/})
 * @param code    its code, 1 to 20 letters, digits or hyphens, not starting with a hyphen; stored in upper case, unique
 *                within the country; the reference data uses ISO 3166-1 alpha-3 codes, e.g. {@code COD}
 * @param name    its name as people state it, e.g. {@code Congolaise (RDC)}; 120 characters at most
 */
record NationalityRequest(
        @NotNull(groups = Complete.class) UUID country,
        @NotNull(groups = Complete.class)
        @Pattern(regexp = Patterns.PLACE_CODE, message = "{geo.validation.place_code}") String code,
        @NotNull(groups = Complete.class) @Pattern(regexp = Patterns.NOT_BLANK, message = "{geo.validation.name}")
        @Size(max = Patterns.NAME_LENGTH) String name) {

    NationalityDetails details() {
        return new NationalityDetails(country, code, name);
    }
}
