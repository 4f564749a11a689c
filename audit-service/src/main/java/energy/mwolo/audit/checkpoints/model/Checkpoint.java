package energy.mwolo.audit.checkpoints.model;

import energy.mwolo.audit.log.model.Anchor;
import energy.mwolo.audit.log.model.ChainHead;
import energy.mwolo.audit.log.model.Hash;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed statement of the chain head: "checkpoint {@code number}: at {@code seq} the chain held {@code count}
 * entries and the last one's hash was {@code hash}". The signature covers {@link #statement()}.
 */
public record Checkpoint(long number, long seq, Hash hash, long count, Instant createdAt, String keyId,
                         byte[] signature) {

    public Checkpoint {
        if (number < 1 || seq < 1 || count < 0) {
            throw new IllegalArgumentException("A checkpoint has a positive number and sequence number");
        }
        Objects.requireNonNull(hash, "hash");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(keyId, "keyId");
        signature = Objects.requireNonNull(signature, "signature").clone();
    }

    /** Signs the head as checkpoint {@code number}; the count is the head's sequence number (no gaps). */
    public static Checkpoint sign(long number, ChainHead head, Instant at, SigningKey key) {
        Checkpoint unsigned = new Checkpoint(number, head.seq(), head.hash(), head.seq(), at, key.id(), new byte[0]);
        return new Checkpoint(number, head.seq(), head.hash(), head.seq(), unsigned.createdAt(), key.id(),
                key.sign(unsigned.statement()));
    }

    /**
     * The signed bytes, UTF-8, lines ending in LF: {@code mwolo-audit-checkpoint/v1}, then {@code number=},
     * {@code seq=}, {@code hash=} (hex), {@code count=}, {@code created_at=} (ISO-8601 UTC), {@code key_id=}.
     */
    public byte[] statement() {
        return ("mwolo-audit-checkpoint/v1\n"
                + "number=" + number + "\n"
                + "seq=" + seq + "\n"
                + "hash=" + hash.hex() + "\n"
                + "count=" + count + "\n"
                + "created_at=" + createdAt + "\n"
                + "key_id=" + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public Anchor asAnchor(boolean trusted) {
        return new Anchor(seq, hash, count, trusted, Long.toString(number));
    }
}
