package energy.mwolo.geo.agencies.application;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

public class UnknownOrdering extends DomainException {

    public UnknownOrdering(String field) {
        super(ErrorKind.INVALID, "agencies.ordering.unknown", "ordering", field);
    }
}
