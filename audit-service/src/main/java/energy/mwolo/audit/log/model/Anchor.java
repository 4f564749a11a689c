package energy.mwolo.audit.log.model;

import java.util.Objects;

/**
 * A statement about the chain made outside the database (a signed checkpoint): at {@code seq} the entry's hash
 * was {@code hash} and the chain held {@code count} entries.
 *
 * @param trusted whether the statement's signature checked out; an untrusted anchor is itself a finding
 * @param label   how a person finds it: the checkpoint number
 */
public record Anchor(long seq, Hash hash, long count, boolean trusted, String label) {

    public Anchor {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(label, "label");
    }
}
