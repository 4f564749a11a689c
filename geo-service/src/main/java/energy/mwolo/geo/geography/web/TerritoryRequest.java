package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.TerritoryDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A territory as clients send it to create or change it; its province is always its commune's. {@code commune},
 * {@code code} and {@code name} are required by POST and PUT; a PATCH changes only the fields it gives.
 *
 * @param commune  the commune it belongs to ({@code /api/geo/communes/})
 * @param province optional; when given, the commune must lie in it
 * @param code     its code, 1 to 20 letters, digits or hyphens, not starting with a hyphen; stored in upper case,
 *                 unique within the commune
 * @param name     its name; 120 characters at most
 */
record TerritoryRequest(
        @NotNull(groups = Complete.class) UUID commune,
        UUID province,
        @NotNull(groups = Complete.class)
        @Pattern(regexp = Patterns.PLACE_CODE, message = "{geo.validation.place_code}") String code,
        @NotNull(groups = Complete.class) @Pattern(regexp = Patterns.NOT_BLANK, message = "{geo.validation.name}")
        @Size(max = Patterns.NAME_LENGTH) String name) {

    TerritoryDetails details() {
        return new TerritoryDetails(commune, province, code, name);
    }
}
