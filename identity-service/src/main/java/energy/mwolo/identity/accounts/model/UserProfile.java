package energy.mwolo.identity.accounts.model;

import java.util.regex.Pattern;

/**
 * Who the person is: first name, last name, post-name (the Congolese "post-nom", optional) and phone (optional).
 */
public record UserProfile(String firstName, String lastName, String postName, String phone) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_PHONE_LENGTH = 30;
    private static final Pattern PHONE = Pattern.compile("[0-9+ ().-]+");

    public UserProfile {
        firstName = required(firstName, "first_name");
        lastName = required(lastName, "last_name");
        postName = optional(postName, "post_name", MAX_NAME_LENGTH);
        phone = optional(phone, "phone", MAX_PHONE_LENGTH);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw InvalidAccountField.invalidPhone();
        }
    }

    private static String required(String value, String field) {
        String stripped = optional(value, field, MAX_NAME_LENGTH);
        if (stripped == null) {
            throw InvalidAccountField.missing(field);
        }
        return stripped;
    }

    private static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw InvalidAccountField.tooLong(field, maxLength);
        }
        return stripped;
    }
}
