package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CommuneDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A commune as clients send it to create or change it. Every field is required by POST and PUT; a PATCH changes
 * only the fields it gives. A commune moved to another province takes its territories along.
 *
 * @param province the province it lies in ({@code /api/geo/provinces/})
 * @param code     its code, 1 to 20 letters, digits or hyphens, not starting with a hyphen; stored in upper case,
 *                 unique within the province, e.g. {@code GOMBE}
 * @param name     its name, e.g. {@code Gombe}; 120 characters at most
 */
record CommuneRequest(
        @NotNull(groups = Complete.class) UUID province,
        @NotNull(groups = Complete.class)
        @Pattern(regexp = Patterns.PLACE_CODE, message = "{geo.validation.place_code}") String code,
        @NotNull(groups = Complete.class) @Pattern(regexp = Patterns.NOT_BLANK, message = "{geo.validation.name}")
        @Size(max = Patterns.NAME_LENGTH) String name) {

    CommuneDetails details() {
        return new CommuneDetails(province, code, name);
    }
}
