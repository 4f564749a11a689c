package energy.mwolo.operations.meters.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class MeterNotLinked extends DomainException {

    public MeterNotLinked(MeterNumber number) {
        super(ErrorKind.CONFLICT, "meters.link.none", null, number.value());
    }
}
