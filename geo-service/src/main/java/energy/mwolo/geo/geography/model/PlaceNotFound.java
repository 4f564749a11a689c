package energy.mwolo.geo.geography.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** The place addressed by the request (its URL) does not exist. */
public class PlaceNotFound extends DomainException {

    public PlaceNotFound(PlaceKind kind, UUID id) {
        super(ErrorKind.NOT_FOUND, "geo." + kind.code() + ".not_found", null, id);
    }
}
