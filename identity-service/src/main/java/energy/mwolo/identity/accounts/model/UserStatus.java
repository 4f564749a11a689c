package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/**
 * An account's state as administrators see it: active, locked (its email reached the sign-in ceiling: for a while,
 * addresses that have not signed in to it lately wait longer after a wrong password; the holder is not refused), or
 * disabled.
 */
public enum UserStatus {
    ACTIVE,
    LOCKED,
    DISABLED;

    /** The API code: {@code active}, {@code locked}, {@code disabled}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
