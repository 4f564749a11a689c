package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.CountryDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A country as clients send it to create or change it: the root of the territory tree. Every field is required by
 * POST and PUT; a PATCH changes only the fields it gives.
 *
 * @param code its ISO 3166-1 alpha-2 code, two letters, e.g. {@code CD}; stored in upper case, unique
 * @param name its name, e.g. {@code République démocratique du Congo}; 120 characters at most
 */
record CountryRequest(
        @NotNull(groups = Complete.class)
        @Pattern(regexp = Patterns.COUNTRY_CODE, message = "{geo.validation.country_code}") String code,
        @NotNull(groups = Complete.class) @Pattern(regexp = Patterns.NOT_BLANK, message = "{geo.validation.name}")
        @Size(max = Patterns.NAME_LENGTH) String name) {

    CountryDetails details() {
        return new CountryDetails(code, name);
    }
}
