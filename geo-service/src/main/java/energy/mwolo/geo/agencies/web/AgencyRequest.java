package energy.mwolo.geo.agencies.web;

import energy.mwolo.geo.agencies.application.AgencyDraft;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An agency as clients send it. Its code is generated and never accepted from a client.
 *
 * @param isActive false closes the agency, true reopens it; absent keeps its state
 */
record AgencyRequest(
        @NotNull(groups = Complete.class) UUID province,
        UUID territory,
        @NotNull(groups = Complete.class) @Pattern(regexp = "(?s).*\\S.*", message = "{agencies.validation.name}")
        @Size(max = 150) String name,
        @Size(max = 255) String address,
        @Size(max = 30) @Pattern(regexp = "[0-9+ ().-]*", message = "{agencies.validation.phone}") String phone,
        @Email @Size(max = 254) String email,
        UUID manager,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Size(max = 255) String openingHours,
        Boolean isActive) {

    AgencyDraft draft() {
        return new AgencyDraft(province, territory, name, address, phone, email, manager, latitude, longitude,
                openingHours);
    }
}
