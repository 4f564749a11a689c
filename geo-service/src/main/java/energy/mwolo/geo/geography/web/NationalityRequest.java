package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.NationalityDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

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
