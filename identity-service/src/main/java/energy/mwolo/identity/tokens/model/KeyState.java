package energy.mwolo.identity.tokens.model;

import java.util.Locale;

/** Where a key is in its life, at a given instant. */
public enum KeyState {
    /** Published so verifiers learn it, not signing yet. */
    PENDING,
    /** Signs every new token. */
    SIGNING,
    /** Signs nothing more; still published while tokens it signed may be valid. */
    RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
