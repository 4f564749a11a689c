package energy.mwolo.identity.passwords;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new password must be: 10 to 128 characters, not the account's email (nor its local part), not a common
 * password (also once the digits and symbols people add around a word are taken off), and not one or two
 * characters repeated. Plain Java: the common passwords are handed in.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Argon2 accepts any length; a bound keeps a huge "password" from costing more than hashing it. */
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT_CHARACTERS = 4;
    private static final Pattern DECORATION = Pattern.compile("^[\\d\\W_]+|[\\d\\W_]+$");

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /**
     * @param password the new password
     * @param email    the account's email, or null when not known yet
     * @param field    the request field named in the error
     * @throws WeakPassword naming {@code field} when the password is refused
     */
    public void check(String password, String email, String field) {
        if (password == null || password.isBlank()) {
            throw new WeakPassword("passwords.required", field);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new WeakPassword("passwords.too_short", field, MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new WeakPassword("passwords.too_long", field, MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT)) || lower.equals(localPart(email)))) {
            throw new WeakPassword("passwords.same_as_email", field);
        }
        if (isCommon(lower)) {
            throw new WeakPassword("passwords.too_common", field);
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            throw new WeakPassword("passwords.too_simple", field);
        }
    }

    public int commonPasswordCount() {
        return commonPasswords.size();
    }

    private boolean isCommon(String lower) {
        if (commonPasswords.contains(lower)) {
            return true;
        }
        String word = DECORATION.matcher(lower).replaceAll("");
        return word.length() >= 4 && !word.equals(lower) && commonPasswords.contains(word);
    }

    private static String localPart(String email) {
        String lower = Objects.requireNonNull(email).toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        return at > 0 ? lower.substring(0, at) : lower;
    }
}
