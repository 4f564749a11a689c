package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/**
 * Why a sign-in with an existing account was refused. An attempt the throttle refuses (429) is not among them: it is
 * answered before the account is looked up, so that it costs the same whether or not the identifier names one.
 */
public enum SignInRefusal {
    WRONG_PASSWORD,
    ACCOUNT_DISABLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
