package energy.mwolo.geo.agencies.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** One of latitude and longitude was given without the other. */
public class IncompleteCoordinates extends DomainException {

    public IncompleteCoordinates(String missingField) {
        super(ErrorKind.INVALID, "agencies.coordinates.incomplete", missingField);
    }
}
