package energy.mwolo.operations.equipment.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class DuplicateSerialNumber extends DomainException {

    public DuplicateSerialNumber(SerialNumber serialNumber) {
        super(ErrorKind.CONFLICT, "equipment.duplicate_serial", "serial_number", serialNumber.value());
    }
}
