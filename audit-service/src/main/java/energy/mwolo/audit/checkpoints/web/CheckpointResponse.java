package energy.mwolo.audit.checkpoints.web;

import energy.mwolo.audit.checkpoints.application.ListingCheckpoints.Listed;
import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.SigningKey;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed checkpoint: the service's statement, signed with its Ed25519 key, of the chain's head at one moment.
 * Entries up to it cannot be changed, removed or rewritten without verification reporting it. The signature covers
 * these UTF-8 lines, each ending in LF: {@code mwolo-audit-checkpoint/v1}, {@code number=}, {@code seq=},
 * {@code hash=}, {@code count=}, {@code created_at=} and {@code key_id=}. The list is newest first.
 *
 * @param number         the checkpoint's number, from 1, one more for each checkpoint signed
 * @param seq            the sequence number of the last entry it covers (the chain's head when it was signed)
 * @param hash           the hash of that entry, SHA-256 as 64 lowercase hex characters
 * @param count          the entries the chain held up to {@code seq}; equal to {@code seq}, numbers having no gaps
 * @param createdAt      when it was signed (ISO-8601, UTC)
 * @param algorithm      the signature algorithm, {@code Ed25519}
 * @param keyId          the id of the key that signed it: the first 16 bytes, in hex, of SHA-256 over the public
 *                       key's X.509 encoding (compare {@code key_id} of {@code /api/audit/checkpoints/public-key/})
 * @param signature      the Ed25519 signature of the statement above, base64
 * @param signatureValid true when a trusted key (the service's signing key, or an earlier one it was told to trust)
 *                       signed exactly this checkpoint; false for a forged or altered checkpoint or an unknown key
 */
record CheckpointResponse(long number, long seq, String hash, long count, Instant createdAt, String algorithm,
                          String keyId, String signature, boolean signatureValid) {

    static CheckpointResponse from(Listed listed) {
        Checkpoint c = listed.checkpoint();
        return new CheckpointResponse(c.number(), c.seq(), c.hash().hex(), c.count(), c.createdAt(),
                SigningKey.ALGORITHM, c.keyId(), Base64.getEncoder().encodeToString(c.signature()),
                listed.signatureValid());
    }
}
