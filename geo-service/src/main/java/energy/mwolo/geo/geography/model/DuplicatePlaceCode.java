package energy.mwolo.geo.geography.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** Another place under the same parent already has this code. */
public class DuplicatePlaceCode extends DomainException {

    public DuplicatePlaceCode(PlaceKind kind, PlaceCode code) {
        super(ErrorKind.CONFLICT, "geo." + kind.code() + ".duplicate_code", "code", code.value());
    }
}
