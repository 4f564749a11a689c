package energy.mwolo.operations.meters.model;

/** Where a meter says its relay is: closed (supply on) or open (supply cut). */
public enum RelayPosition {
    CLOSED, OPEN
}
