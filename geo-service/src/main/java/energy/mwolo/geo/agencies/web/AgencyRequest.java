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
 * An agency as clients send it to open it (POST), replace its record (PUT) or change part of it (PATCH). Its code
 * is generated and never accepted from a client. {@code province} and {@code name} are required by POST and PUT; in
 * a PUT an optional field left out is cleared, in a PATCH a field left out keeps its value. A blank optional text
 * counts as absent (in a PATCH it clears the field). A closed agency cannot be changed unless the same request
 * reopens it.
 *
 * @param province     the province the agency stands in ({@code /api/geo/provinces/}); its code goes into the
 *                     agency's code, so an agency never moves to another province once opened
 * @param territory    a territory of that province ({@code /api/geo/territories/}); null when the agency is placed
 *                     in its province only
 * @param name         the agency's name as people know it, 150 characters at most
 * @param address      its street address, 255 characters at most
 * @param phone        its phone number, 30 characters at most: digits, spaces and {@code + ( ) . -}
 * @param email        its email address, 254 characters at most
 * @param manager      the identity-service user id of the staff member who runs the agency; null for none
 * @param latitude     WGS 84 latitude in decimal degrees, -90 to 90, kept to six decimals; given together with
 *                     {@code longitude} or not at all
 * @param longitude    WGS 84 longitude in decimal degrees, -180 to 180, kept to six decimals; given together with
 *                     {@code latitude} or not at all
 * @param openingHours the opening hours as free text shown to the public, 255 characters at most (the working hours
 *                     that count for calendars are set at {@code /api/agencies/{id}/working-hours/})
 * @param isActive     false closes the agency, true reopens it; absent keeps its state; ignored when opening (a new
 *                     agency is open)
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
