package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.AuditEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reading the log the way people ask for it. */
public interface EventSearch {

    long count(EventFilter filter);

    /** Newest first. */
    List<AuditEntry> find(EventFilter filter, long offset, int limit);

    Optional<AuditEntry> bySeq(long seq);

    /** The earliest entry of that id whose source is its topic's owner, else the earliest of that id. */
    Optional<AuditEntry> byEventId(String eventId);

    /** Oldest first, streamed: for exports of any size. */
    void each(EventFilter filter, Consumer<AuditEntry> visitor);
}
