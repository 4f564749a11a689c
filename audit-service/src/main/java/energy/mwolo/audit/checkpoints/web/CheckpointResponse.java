package energy.mwolo.audit.checkpoints.web;

import energy.mwolo.audit.checkpoints.application.ListingCheckpoints.Listed;
import energy.mwolo.audit.checkpoints.model.Checkpoint;
import energy.mwolo.audit.checkpoints.model.SigningKey;
import java.time.Instant;
import java.util.Base64;

record CheckpointResponse(long number, long seq, String hash, long count, Instant createdAt, String algorithm,
                          String keyId, String signature, boolean signatureValid) {

    static CheckpointResponse from(Listed listed) {
        Checkpoint c = listed.checkpoint();
        return new CheckpointResponse(c.number(), c.seq(), c.hash().hex(), c.count(), c.createdAt(),
                SigningKey.ALGORITHM, c.keyId(), Base64.getEncoder().encodeToString(c.signature()),
                listed.signatureValid());
    }
}
