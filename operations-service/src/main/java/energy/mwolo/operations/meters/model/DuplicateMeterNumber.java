package energy.mwolo.operations.meters.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class DuplicateMeterNumber extends DomainException {

    public DuplicateMeterNumber(MeterNumber number) {
        super(ErrorKind.CONFLICT, "meters.duplicate_number", "number", number.value());
    }
}
