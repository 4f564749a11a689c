package energy.mwolo.sample.widgets.parts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A problem of the feature {@code widgets-parts}, a feature within {@code widgets}. */
public class PartMissing extends DomainException {

    public PartMissing(String part) {
        super(ErrorKind.NOT_FOUND, "parts.missing", "part", part);
    }
}
