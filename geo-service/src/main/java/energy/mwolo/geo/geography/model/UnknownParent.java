package energy.mwolo.geo.geography.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** A field of the request refers to a place that does not exist: the request is wrong, not its URL. */
public class UnknownParent extends DomainException {

    public UnknownParent(String field, PlaceKind kind, UUID id) {
        super(ErrorKind.INVALID, "geo." + kind.code() + ".unknown", field, id);
    }
}
