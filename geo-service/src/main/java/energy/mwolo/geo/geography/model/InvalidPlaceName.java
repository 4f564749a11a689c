package energy.mwolo.geo.geography.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class InvalidPlaceName extends DomainException {

    public InvalidPlaceName() {
        super(ErrorKind.INVALID, "geo.name.invalid", "name", PlaceName.MAX_LENGTH);
    }
}
