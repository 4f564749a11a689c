package energy.mwolo.audit.log.model;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Verifies entries fed in sequence order: no number missing, each linked to the one before, each hash recomputed
 * from its content, and each signed checkpoint met agreeing with the entry at its sequence number. Stops at the
 * first breach. A rewrite of the chain with recomputed hashes passes the first three checks; only a checkpoint
 * taken before the rewrite catches it, at that checkpoint.
 */
public final class ChainWalk {

    private final NavigableMap<Long, Anchor> anchors = new TreeMap<>();
    private final long entriesBefore;
    private long expectedSeq;
    private Hash previous;
    private long checked;
    private int checkpoints;
    private long lastCheckpointSeq;
    private Verification breach;

    private ChainWalk(long from, Hash linkIn, Collection<Anchor> anchors) {
        if (from < 1) {
            throw new IllegalArgumentException("Sequence numbers start at 1");
        }
        this.expectedSeq = from;
        this.entriesBefore = from - 1;
        this.previous = linkIn;
        anchors.stream().filter(a -> a.seq() >= from).forEach(a -> this.anchors.putIfAbsent(a.seq(), a));
    }

    /** A walk of the whole chain: entry 1 must link to the genesis hash. */
    public static ChainWalk fromStart(Collection<Anchor> anchors) {
        return new ChainWalk(1, Hash.GENESIS, anchors);
    }

    /**
     * A walk from {@code seq} on.
     *
     * @param linkIn the hash entry {@code seq} must link to, or {@code null} when it is vouched for elsewhere
     *               (an anchor at {@code seq}, or the entry before it not being part of this walk)
     */
    public static ChainWalk from(long seq, Hash linkIn, Collection<Anchor> anchors) {
        return seq == 1 && linkIn == null ? fromStart(anchors) : new ChainWalk(seq, linkIn, anchors);
    }

    /** Checks the next entry; false once a breach is found (feed no more). */
    public boolean accept(AuditEntry entry) {
        if (breach != null) {
            return false;
        }
        if (entry.seq() != expectedSeq) {
            return stop(expectedSeq, Breach.MISSING_ENTRY, null);
        }
        if (previous != null && !entry.prevHash().equals(previous)) {
            return stop(entry.seq(), Breach.BROKEN_LINK, null);
        }
        if (!entry.sealIntact()) {
            return stop(entry.seq(), Breach.HASH_MISMATCH, null);
        }
        checked++;
        Anchor anchor = anchors.get(entry.seq());
        if (anchor != null) {
            if (!anchor.trusted()) {
                return stop(entry.seq(), Breach.CHECKPOINT_UNTRUSTED, anchor.label());
            }
            if (!anchor.hash().equals(entry.hash()) || anchor.count() != entriesBefore + checked) {
                return stop(entry.seq(), Breach.CHECKPOINT_MISMATCH, anchor.label());
            }
            checkpoints++;
            lastCheckpointSeq = entry.seq();
        }
        previous = entry.hash();
        expectedSeq++;
        return true;
    }

    /** The verdict once every entry of the range was fed (or a breach stopped the walk). */
    public Verification finish() {
        if (breach != null) {
            return breach;
        }
        Map.Entry<Long, Anchor> beyond = anchors.ceilingEntry(expectedSeq);
        if (beyond != null) {
            Anchor anchor = beyond.getValue();
            stop(anchor.trusted() ? expectedSeq : anchor.seq(),
                    anchor.trusted() ? Breach.CHAIN_SHORTER_THAN_CHECKPOINT : Breach.CHECKPOINT_UNTRUSTED,
                    anchor.label());
            return breach;
        }
        return Verification.valid(checked, checkpoints, lastCheckpointSeq);
    }

    private boolean stop(long seq, Breach reason, String anchorLabel) {
        breach = Verification.broken(checked, seq, reason, checkpoints, lastCheckpointSeq, anchorLabel);
        return false;
    }
}
