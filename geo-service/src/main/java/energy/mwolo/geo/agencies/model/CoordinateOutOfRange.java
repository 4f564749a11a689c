package energy.mwolo.geo.agencies.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.math.BigDecimal;

public class CoordinateOutOfRange extends DomainException {

    public CoordinateOutOfRange(String field, BigDecimal bound) {
        super(ErrorKind.INVALID, "agencies." + field + ".out_of_range", field, bound.negate(), bound);
    }
}
