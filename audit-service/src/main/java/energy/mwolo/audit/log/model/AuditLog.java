package energy.mwolo.audit.log.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The chain as stored: appended to by one writer at a time, never changed. */
public interface AuditLog {

    /**
     * Takes the writer's lock for the rest of the current transaction and returns the head as committed: whoever
     * holds the lock is the only one appending, so the next sequence number is the head's plus one.
     */
    ChainHead lockHead();

    /** The head as committed now, without the lock. */
    ChainHead head();

    /**
     * Takes the signer's lock for the rest of the current transaction (one checkpoint signer at a time; appends go
     * on) and returns the head in the transaction's snapshot.
     */
    ChainHead lockHeadForSigning();

    /** Which of these events the log already holds. */
    Set<EventKey> knownKeys(Collection<EventKey> keys);

    /** Inserts the entries in the current transaction. */
    void append(List<AuditEntry> entries);

    Optional<AuditEntry> entry(long seq);

    /**
     * Feeds the entries from {@code from} to {@code to} (inclusive; {@code null}: to the end) in sequence order,
     * read in one snapshot, until the visitor answers false. Runs inside a transaction (rows are streamed).
     */
    void walk(long from, Long to, Predicate<AuditEntry> visitor);
}
