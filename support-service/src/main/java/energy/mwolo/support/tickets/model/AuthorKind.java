package energy.mwolo.support.tickets.model;

/** Who wrote a message: the client, a member of staff, or the system (e.g. operations' meter events). */
public enum AuthorKind {
    CLIENT, STAFF, SYSTEM
}
