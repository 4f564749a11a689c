package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.TerritoryDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** @param province optional; when given, the commune must lie in it */
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
