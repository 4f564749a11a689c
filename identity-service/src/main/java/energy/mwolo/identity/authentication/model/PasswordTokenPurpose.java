package energy.mwolo.identity.authentication.model;

import java.util.Locale;

public enum PasswordTokenPurpose {
    /** Asked for by someone who forgot the password: short-lived. */
    RESET,
    /** Sent to the holder of an account an administrator opened without a password. */
    INVITATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
