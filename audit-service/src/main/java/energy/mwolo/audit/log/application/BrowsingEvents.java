package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lists, shows and exports entries to holders of {@code audit:read}. An entry is shown by its sequence number
 * (digits only) or else by its event id: platform event ids are UUIDs, so the two never clash. An id that several
 * entries carry (a producer claiming another's source and reusing its id) shows the earliest whose source is its
 * topic's owner, else the earliest; the list filtered by {@code search} shows them all.
 */
@Service
public class BrowsingEvents {

    private final EventSearch search;
    private final TransactionTemplate readOnly;

    BrowsingEvents(EventSearch search, PlatformTransactionManager transactions) {
        this.search = search;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** Checks the caller first: a page is only counted for someone who may read it. */
    public EventFilter filter(String type, String source, String subject, String actor, String from, String to,
                              String text, String sourceMismatch, CurrentUser user) {
        AuditAccess.requireRead(user);
        return EventFilter.parse(type, source, subject, actor, from, to, text, sourceMismatch);
    }

    public long count(EventFilter filter) {
        return search.count(filter);
    }

    public List<AuditEntry> find(EventFilter filter, long offset, int limit) {
        return search.find(filter, offset, limit);
    }

    public AuditEntry show(String id, CurrentUser user) {
        AuditAccess.requireRead(user);
        if (isSequenceNumber(id)) {
            return search.bySeq(Long.parseLong(id)).orElseThrow(() -> new AuditEventNotFound(id));
        }
        return search.byEventId(id).orElseThrow(() -> new AuditEventNotFound(id));
    }

    /** Streams the filtered entries, oldest first, in one read-only transaction. */
    public void export(EventFilter filter, Consumer<AuditEntry> visitor) {
        readOnly.executeWithoutResult(status -> search.each(filter, visitor));
    }

    private static boolean isSequenceNumber(String id) {
        return !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
