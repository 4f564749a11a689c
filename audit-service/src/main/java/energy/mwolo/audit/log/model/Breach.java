package energy.mwolo.audit.log.model;

import java.util.Locale;

/** Why verification stopped: the first thing found wrong. */
public enum Breach {
    /** A sequence number is missing: an entry was deleted or never written. */
    MISSING_ENTRY,
    /** An entry's previous hash is not the hash of the entry before it. */
    BROKEN_LINK,
    /** An entry's hash is not SHA-256 of its previous hash and its content: the content was changed. */
    HASH_MISMATCH,
    /** A checkpoint's signature does not verify with a trusted key. */
    CHECKPOINT_UNTRUSTED,
    /** A signed checkpoint disagrees with the entry at its sequence number: the chain was rewritten before it. */
    CHECKPOINT_MISMATCH,
    /** A signed checkpoint vouches for entries the chain no longer has: its tail was removed. */
    CHAIN_SHORTER_THAN_CHECKPOINT;

    /** The stable code shown to clients, e.g. {@code hash_mismatch}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
