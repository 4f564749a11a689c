package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/** How an account's email came to be known as its holder's. */
public enum EmailConfirmationReason {
    /** The link mailed at registration, used with the account's password. */
    REGISTRATION,
    /** The link mailed to a new address, used with the account's password: the address is now the account's. */
    EMAIL_CHANGE,
    /** A mailed password-reset link. */
    PASSWORD_RESET,
    /** A mailed invitation link (first password of an account an administrator opened). */
    INVITATION,
    /** An administrator, or the bootstrap of an environment, created the account with a password. */
    ADMINISTRATOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
