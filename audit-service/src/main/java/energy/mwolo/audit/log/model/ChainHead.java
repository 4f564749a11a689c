package energy.mwolo.audit.log.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The last entry of the chain: its sequence number (the chain's length, there are no gaps) and its hash. */
public record ChainHead(long seq, Hash hash) {

    /** The head of an empty chain. */
    public static final ChainHead EMPTY = new ChainHead(0, Hash.GENESIS);

    public ChainHead {
        if (seq < 0) {
            throw new IllegalArgumentException("A chain length is not negative");
        }
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * Links the events after this head in the order given: consecutive sequence numbers, each entry's previous
     * hash the hash of the one before.
     *
     * @param payloads each event's payload, in the same order
     */
    public List<AuditEntry> link(List<IncomingEvent> events, List<Payload> payloads) {
        if (events.size() != payloads.size()) {
            throw new IllegalArgumentException("One payload per event");
        }
        List<AuditEntry> entries = new ArrayList<>(events.size());
        ChainHead head = this;
        for (int i = 0; i < events.size(); i++) {
            AuditEntry entry = AuditEntry.after(head, events.get(i), payloads.get(i));
            entries.add(entry);
            head = entry.asHead();
        }
        return entries;
    }
}
