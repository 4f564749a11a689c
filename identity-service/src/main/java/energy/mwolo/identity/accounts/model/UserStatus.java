package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/** What an account's holder experiences: it signs in, it is locked for a while, or it is disabled. */
public enum UserStatus {
    ACTIVE,
    LOCKED,
    DISABLED;

    /** The API code: {@code active}, {@code locked}, {@code disabled}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
