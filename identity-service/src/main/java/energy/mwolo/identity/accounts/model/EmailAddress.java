package energy.mwolo.identity.accounts.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in email, kept in lower case: two accounts never differ only by the case of their email. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw InvalidAccountField.missing("email");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw InvalidAccountField.invalidEmail();
        }
    }

    /** Empty when {@code text} is not an email at all: a sign-in with it can only fail. */
    public static java.util.Optional<EmailAddress> parse(String text) {
        try {
            return java.util.Optional.of(new EmailAddress(text));
        } catch (InvalidAccountField e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
