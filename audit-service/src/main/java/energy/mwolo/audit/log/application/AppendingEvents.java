package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Payload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends a batch of events to the chain in one transaction, in the order given. An event id already in the log,
 * or earlier in the same batch, is skipped: a redelivery never makes a second entry. Sequence numbers come from the
 * head read under the writer's lock, so a rolled-back batch leaves no gap and a second instance cannot fork the
 * chain.
 */
@Service
public class AppendingEvents {

    private final AuditLog log;
    private final JsonPayloads payloads;
    private final TransactionTemplate transaction;
    private final ChainMetrics metrics;

    AppendingEvents(AuditLog log, JsonPayloads payloads, TransactionTemplate transaction, ChainMetrics metrics) {
        this.log = log;
        this.payloads = payloads;
        this.transaction = transaction;
        this.metrics = metrics;
    }

    public Appended append(List<IncomingEvent> events) {
        List<Payload> classified = payloads.classify(events.stream().map(IncomingEvent::value).toList());
        Appended appended = transaction.execute(status -> appendLocked(events, classified));
        metrics.appended(appended);
        return appended;
    }

    private Appended appendLocked(List<IncomingEvent> events, List<Payload> classified) {
        ChainHead head = log.lockHead();
        Set<String> seen = new HashSet<>(log.knownEventIds(events.stream().map(IncomingEvent::eventId).toList()));
        List<IncomingEvent> fresh = new ArrayList<>(events.size());
        List<Payload> freshPayloads = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (seen.add(events.get(i).eventId())) {
                fresh.add(events.get(i));
                freshPayloads.add(classified.get(i));
            }
        }
        List<AuditEntry> entries = head.link(fresh, freshPayloads);
        log.append(entries);
        ChainHead newHead = entries.isEmpty() ? head : entries.get(entries.size() - 1).asHead();
        return new Appended(entries.size(), events.size() - entries.size(), newHead);
    }
}
