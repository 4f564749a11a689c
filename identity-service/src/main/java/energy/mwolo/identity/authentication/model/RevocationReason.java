package energy.mwolo.identity.authentication.model;

import java.util.Locale;

/** Why a family of refresh tokens was ended. */
public enum RevocationReason {
    LOGOUT,
    REUSE,
    PASSWORD_CHANGED,
    ACCOUNT_DISABLED,
    /** The family reached its absolute expiry. */
    EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
