package energy.mwolo.audit.log.web;

/**
 * The verdict of a walk: {@code reason} is a stable code ({@code hash_mismatch}, ...) and {@code detail} says it
 * in the caller's language.
 */
record VerificationResponse(boolean valid, long checked, Long firstInvalidSeq, String reason, String detail,
                            int checkpointsMatched, long lastCheckpointSeq) {
}
