package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/** Why a sign-in with an existing account was refused. */
public enum SignInRefusal {
    WRONG_PASSWORD,
    ACCOUNT_LOCKED,
    ACCOUNT_DISABLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
