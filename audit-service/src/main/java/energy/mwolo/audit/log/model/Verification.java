package energy.mwolo.audit.log.model;

/**
 * What a walk of the chain found.
 *
 * @param checked            entries whose link and hash were recomputed
 * @param firstInvalidSeq    the first sequence number found wrong, {@code null} when valid
 * @param reason             why, {@code null} when valid
 * @param checkpoints        signed checkpoints met and matched
 * @param lastCheckpointSeq  the last sequence number a matching checkpoint vouched for (0 if none): a rewrite
 *                           detected at a checkpoint happened after it
 */
public record Verification(boolean valid, long checked, Long firstInvalidSeq, Breach reason, int checkpoints,
                           long lastCheckpointSeq, String anchorLabel) {

    static Verification valid(long checked, int checkpoints, long lastCheckpointSeq) {
        return new Verification(true, checked, null, null, checkpoints, lastCheckpointSeq, null);
    }

    static Verification broken(long checked, long seq, Breach reason, int checkpoints, long lastCheckpointSeq,
                               String anchorLabel) {
        return new Verification(false, checked, seq, reason, checkpoints, lastCheckpointSeq, anchorLabel);
    }
}
