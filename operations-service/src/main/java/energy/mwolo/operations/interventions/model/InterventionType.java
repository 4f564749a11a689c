package energy.mwolo.operations.interventions.model;

public enum InterventionType {
    INSTALLATION, MAINTENANCE, REPAIR, INSPECTION, DISCONNECTION, RECONNECTION
}
