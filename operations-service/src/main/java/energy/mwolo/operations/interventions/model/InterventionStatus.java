package energy.mwolo.operations.interventions.model;

/**
 * planned -> in_progress -> completed, and planned or in_progress -> cancelled. Completed and cancelled are final:
 * work done stays done, and a cancelled visit is planned anew rather than revived.
 */
public enum InterventionStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean canMoveTo(InterventionStatus next) {
        return switch (this) {
            case PLANNED -> next == IN_PROGRESS || next == CANCELLED;
            case IN_PROGRESS -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
