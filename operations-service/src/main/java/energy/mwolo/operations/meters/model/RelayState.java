package energy.mwolo.operations.meters.model;

/**
 * The state of a meter's supply relay as operations knows it (DLMS/COSEM disconnect control). Requests move it to a
 * pending state at once; only the meter's report of its relay settles it, so a command that never reached the meter
 * stays visible as pending. A report is the truth about the relay: a meter found open while believed connected is
 * disconnected (cut locally, tampered with), one found closed while believed disconnected is connected.
 *
 * <pre>
 * state \ event          disconnect request     reconnect request     reported open      reported closed
 * connected              disconnect_requested   -                     disconnected       -
 * disconnect_requested   -                      reconnect_requested   disconnected       - (command pending)
 * disconnected           -                      reconnect_requested   -                  connected
 * reconnect_requested    disconnect_requested   -                     - (command pending) connected
 * </pre>
 * A reconnect asked while a disconnect is pending becomes a reconnect request rather than "connected": the
 * disconnect command may already be on its way, and only a reconnect command undoes it.
 */
public enum RelayState {
    CONNECTED, DISCONNECT_REQUESTED, DISCONNECTED, RECONNECT_REQUESTED;

    public RelayState afterDisconnectRequest() {
        return switch (this) {
            case CONNECTED, RECONNECT_REQUESTED -> DISCONNECT_REQUESTED;
            case DISCONNECT_REQUESTED, DISCONNECTED -> this;
        };
    }

    public RelayState afterReconnectRequest() {
        return switch (this) {
            case DISCONNECTED, DISCONNECT_REQUESTED -> RECONNECT_REQUESTED;
            case CONNECTED, RECONNECT_REQUESTED -> this;
        };
    }

    /** The meter's report settles the state, except that it cannot overtake a command still pending. */
    public RelayState afterReport(RelayPosition position) {
        return switch (position) {
            case OPEN -> this == RECONNECT_REQUESTED ? this : DISCONNECTED;
            case CLOSED -> this == DISCONNECT_REQUESTED ? this : CONNECTED;
        };
    }

    /** A command is due or on its way: the meter has not yet confirmed what was asked. */
    public boolean isPending() {
        return this == DISCONNECT_REQUESTED || this == RECONNECT_REQUESTED;
    }
}
