package energy.mwolo.audit.log.web;

/**
 * The verdict of a walk: {@code reason} is a stable code ({@code hash_mismatch}, ...) and {@code detail} says it
 * in the caller's language. The walk stops at the first thing found wrong. A range not starting at 1 is checked
 * inside and linked to the entry before it; only a walk from 1 proves the whole chain.
 *
 * @param valid              true when nothing was found wrong in the range walked
 * @param checked            the entries whose link and hash were recomputed
 * @param firstInvalidSeq    the first sequence number found wrong; null when valid
 * @param reason             why, null when valid: {@code missing_entry} (an entry was deleted), {@code broken_link}
 *                           (an entry does not follow the one before: swapped or inserted), {@code hash_mismatch}
 *                           (its content was changed), {@code checkpoint_untrusted} (a checkpoint's signature is not
 *                           valid), {@code checkpoint_mismatch} (the chain was rewritten before a signed checkpoint)
 *                           or {@code chain_shorter_than_checkpoint} (entries a checkpoint vouches for are gone)
 * @param detail             {@code reason} said in the caller's language (French, or English when asked), naming
 *                           the entry; null when valid
 * @param checkpointsMatched the signed checkpoints the walk met and found matching the chain
 * @param lastCheckpointSeq  the last sequence number a matching checkpoint vouched for, 0 if none; a rewrite found at
 *                           a checkpoint happened after it
 */
record VerificationResponse(boolean valid, long checked, Long firstInvalidSeq, String reason, String detail,
                            int checkpointsMatched, long lastCheckpointSeq) {
}
