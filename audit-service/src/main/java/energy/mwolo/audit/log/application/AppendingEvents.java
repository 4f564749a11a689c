package energy.mwolo.audit.log.application;

import energy.mwolo.audit.log.model.AuditEntry;
import energy.mwolo.audit.log.model.AuditLog;
import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.EventKey;
import energy.mwolo.audit.log.model.EventLimits;
import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Payload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends a batch of events to the chain in one transaction, in the order given. Each event is first fitted to the
 * log's limits (an oversized header or payload is cut and flagged, never refused). An event already in the log, or
 * earlier in the same batch (same {@link EventKey}: source and id, on a topic of the same service), is skipped: a
 * redelivery never makes a second entry. An event whose source is not its topic's owner is kept, flagged by the log
 * ({@code source_mismatch}), logged and counted. Sequence numbers come from the head read under the writer's lock, so
 * a rolled-back batch leaves no gap and a second instance cannot fork the chain.
 */
@Service
public class AppendingEvents {

    private static final Logger logger = LoggerFactory.getLogger(AppendingEvents.class);

    private final AuditLog log;
    private final JsonPayloads payloads;
    private final TransactionTemplate transaction;
    private final ChainMetrics metrics;
    private final EventLimits limits;

    AppendingEvents(AuditLog log, JsonPayloads payloads, TransactionTemplate transaction, ChainMetrics metrics,
                    LimitSettings limits) {
        this.log = log;
        this.payloads = payloads;
        this.transaction = transaction;
        this.metrics = metrics;
        this.limits = limits.limits();
    }

    public Appended append(List<IncomingEvent> incoming) {
        List<IncomingEvent> events = incoming.stream().map(limits::fit).toList();
        List<Payload> classified = classify(events);
        Appended appended = transaction.execute(status -> appendLocked(events, classified));
        metrics.appended(appended);
        return appended;
    }

    /** A cut payload is kept as the bytes it has left: a prefix of JSON is no JSON, whatever it happens to parse as. */
    private List<Payload> classify(List<IncomingEvent> events) {
        List<Payload> judged = payloads.classify(events.stream()
                .map(event -> event.truncation().payload() ? null : event.value()).toList());
        List<Payload> classified = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            classified.add(event.truncation().payload() ? Payload.invalid(event.value()) : judged.get(i));
        }
        return classified;
    }

    private Appended appendLocked(List<IncomingEvent> events, List<Payload> classified) {
        ChainHead head = log.lockHead();
        Set<EventKey> seen = new HashSet<>(log.knownKeys(events.stream().map(IncomingEvent::key).toList()));
        List<IncomingEvent> fresh = new ArrayList<>(events.size());
        List<Payload> freshPayloads = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (seen.add(events.get(i).key())) {
                fresh.add(events.get(i));
                freshPayloads.add(classified.get(i));
            }
        }
        List<AuditEntry> entries = head.link(fresh, freshPayloads);
        log.append(entries);
        entries.stream().filter(AuditEntry::sourceMismatch).forEach(entry -> logger.warn(
                "Entry {} from {} claims source {}, not its topic's {}: kept, flagged source_mismatch", entry.seq(),
                entry.origin(), entry.source(), entry.origin().expectedSource()));
        entries.stream().filter(entry -> entry.truncation().any()).forEach(entry -> logger.warn(
                "Entry {} from {} exceeded the log's limits and was cut ({})", entry.seq(), entry.origin(),
                entry.truncation()));
        ChainHead newHead = entries.isEmpty() ? head : entries.get(entries.size() - 1).asHead();
        return new Appended(entries.size(), events.size() - entries.size(), newHead,
                (int) entries.stream().filter(AuditEntry::sourceMismatch).count(),
                (int) entries.stream().filter(entry -> entry.truncation().any()).count());
    }
}
