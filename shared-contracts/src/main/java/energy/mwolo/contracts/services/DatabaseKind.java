package energy.mwolo.contracts.services;

/** What a service keeps in PostgreSQL, and so which roles a launcher prepares for it. */
public enum DatabaseKind {
    /** No database (the gateway). */
    NONE,
    /** A database owned by the service's role, which both the migrations and the service use. */
    OWNED,
    /** The owner runs the migrations; the service runs as a second role that may only read and append. */
    APPEND_ONLY
}
