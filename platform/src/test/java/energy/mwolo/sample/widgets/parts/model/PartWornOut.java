package energy.mwolo.sample.widgets.parts.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A code built at run time from a literal and the part's kind: listed as {@code parts.*.worn_out}. */
public class PartWornOut extends DomainException {

    public PartWornOut(String kind) {
        super(ErrorKind.CONFLICT, "parts." + kind + ".worn_out", null, kind);
    }
}
