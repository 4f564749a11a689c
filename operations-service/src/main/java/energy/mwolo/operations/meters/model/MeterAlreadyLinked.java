package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.ContractId;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** The meter measures a contract already: unlink it (or swap it) first. */
public class MeterAlreadyLinked extends DomainException {

    public MeterAlreadyLinked(MeterNumber number, ContractId contract) {
        super(ErrorKind.CONFLICT, "meters.link.meter_taken", null, number.value(), contract.value());
    }
}
