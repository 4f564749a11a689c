package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/** Who created an account: the person, an administrator, or the bootstrap of an environment. */
public enum RegistrationOrigin {
    SELF_REGISTRATION,
    ADMINISTRATOR,
    BOOTSTRAP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
