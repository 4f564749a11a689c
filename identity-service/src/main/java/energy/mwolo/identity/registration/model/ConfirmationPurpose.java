package energy.mwolo.identity.registration.model;

import java.util.Locale;

/** What a confirmation link confirms. */
public enum ConfirmationPurpose {
    /** The address given at registration. */
    REGISTRATION,
    /** A new address for an existing account, which replaces its email once confirmed. */
    EMAIL_CHANGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConfirmationPurpose of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
