package energy.mwolo.geo.geography.web;

import energy.mwolo.geo.geography.application.ProvinceDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** @param code the subdivision part of the ISO 3166-2 code: KN for CD-KN */
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
