package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/** How a password was set: changed with the old one, reset through a mailed token, or first set after an invitation. */
public enum PasswordChangeMethod {
    CHANGE,
    RESET,
    INVITATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
