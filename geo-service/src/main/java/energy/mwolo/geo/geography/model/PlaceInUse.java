package energy.mwolo.geo.geography.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A place still has children, nationalities or agencies: deleting it would leave them dangling. */
public class PlaceInUse extends DomainException {

    public PlaceInUse(PlaceKind kind, String name) {
        super(ErrorKind.CONFLICT, "geo." + kind.code() + ".in_use", null, name);
    }
}
