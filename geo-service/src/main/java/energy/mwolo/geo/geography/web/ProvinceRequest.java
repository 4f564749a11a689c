package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.ProvinceDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A province as clients send it to create or change it. Every field is required by POST and PUT; a PATCH changes
 * only the fields it gives.
 *
 * @param country the country it belongs to ({@code /api/geo/countries/})
 * @param code    the subdivision part of the ISO 3166-2 code: KN for CD-KN; 1 to 3 letters or digits, stored in upper
 *                case, unique within the country
 * @param name    its name, e.g. {@code Kinshasa}; 120 characters at most
 */
record ProvinceRequest(
        @NotNull(groups = Complete.class) UUID country,
        @NotNull(groups = Complete.class)
        @Pattern(regexp = Patterns.PROVINCE_CODE, message = "{geo.validation.province_code}") String code,
        @NotNull(groups = Complete.class) @Pattern(regexp = Patterns.NOT_BLANK, message = "{geo.validation.name}")
        @Size(max = Patterns.NAME_LENGTH) String name) {

    ProvinceDetails details() {
        return new ProvinceDetails(country, code, name);
    }
}
