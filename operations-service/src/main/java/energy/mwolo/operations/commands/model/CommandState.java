package energy.mwolo.operations.commands.model;

/**
 * PENDING: stored, not yet on the topic; SENT: on the topic, not acknowledged (sent again when due);
 * FIELD_WORK: the meter has no remote relay, a technician carries it out; then EXECUTED, FAILED or CANCELLED, final.
 */
public enum CommandState {
    PENDING, SENT, FIELD_WORK, EXECUTED, FAILED, CANCELLED;

    public boolean isOpen() {
        return this == PENDING || this == SENT;
    }
}
