package energy.mwolo.geo.geography.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class InvalidPlaceCode extends DomainException {

    public InvalidPlaceCode(String code) {
        super(ErrorKind.INVALID, "geo.code.invalid", "code", code);
    }
}
