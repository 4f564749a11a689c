package energy.mwolo.identity.accounts.model;

/** What {@link User#linkClient} did: only {@link #LINKED} changed the account. */
public enum ClientLinking {
    /** The account had no client and is now tied to this one. */
    LINKED,
    /** The account was already tied to this client: nothing changed. */
    ALREADY_LINKED,
    /** The account is tied to another client, which it keeps. */
    LINKED_TO_ANOTHER
}
