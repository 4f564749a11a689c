package energy.mwolo.operations.meters.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The meter's relay can only be worked on site: a disconnection or reconnection intervention. */
public class NoRemoteRelay extends DomainException {

    public NoRemoteRelay(MeterNumber number) {
        super(ErrorKind.CONFLICT, "meters.relay.not_remote", null, number.value());
    }
}
