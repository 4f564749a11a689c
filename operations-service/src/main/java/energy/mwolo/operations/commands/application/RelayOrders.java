package energy.mwolo.operations.commands.application;

import energy.mwolo.operations.meters.model.MeterId;

import java.util.UUID;

/**
 * What the disconnection policy asks of the command side, once it has decided. Both calls join the caller's
 * transaction and are idempotent per order id: the same order given again (a redelivered billing event, a retried
 * decision) changes nothing.
 */
public interface RelayOrders {

    /**
     * Orders the meter's supply cut. A meter with a remote relay gets a command on {@code iot.meter-commands}; one
     * without gets a disconnection intervention for a technician.
     */
    void disconnect(MeterId meter, UUID orderId, String reason);

    /**
     * Orders the supply back. A disconnection of that meter not yet carried out is cancelled instead of being
     * followed by a reconnection.
     */
    void reconnect(MeterId meter, UUID orderId, String reason);
}
