package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CountryDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record CountryRequest(
        @NotNull(groups = Complete.class)
        @Pattern(regexp = Patterns.COUNTRY_CODE, message = "{geo.validation.country_code}") String code,
        @NotNull(groups = Complete.class) @Pattern(regexp = Patterns.NOT_BLANK, message = "{geo.validation.name}")
        @Size(max = Patterns.NAME_LENGTH) String name) {

    CountryDetails details() {
        return new CountryDetails(code, name);
    }
}
