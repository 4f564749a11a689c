package energy.mwolo.geo.agencies.model;

/**
 * What people may change about an agency besides where it is. Blank optional texts count as absent.
 *
 * @param manager     the identity-service user who runs the agency, if any
 * @param coordinates the agency's position, if known
 */
public record AgencyDetails(String name, String address, String phone, String email, UserId manager,
                            Coordinates coordinates, String openingHours) {

    public AgencyDetails {
        if (name == null || name.isBlank()) {
            throw InvalidAgencyField.missing("name");
        }
        name = text(name, 150, "name");
        address = text(address, 255, "address");
        phone = text(phone, 30, "phone");
        email = text(email, 254, "email");
        openingHours = text(openingHours, 255, "opening_hours");
    }

    private static String text(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw InvalidAgencyField.tooLong(field, maxLength);
        }
        return stripped;
    }
}
