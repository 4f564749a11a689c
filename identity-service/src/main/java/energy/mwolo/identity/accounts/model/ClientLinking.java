package energy.mwolo.identity.accounts.model;

/** What a {@link User} did with a client link: only {@link #LINKED} changed the account. */
public enum ClientLinking {
    /** The account had no client and is now tied to this one. */
    LINKED,
    /** The account was already tied to this client: nothing changed. */
    ALREADY_LINKED,
    /** The account is tied to another client, which it keeps. */
    LINKED_TO_ANOTHER,
    /** A client found by email, but the account's email is not confirmed yet: nothing changed. */
    EMAIL_NOT_CONFIRMED,
    /** A client found by email, but not the account's email: nothing changed. */
    EMAIL_MISMATCH
}
