package energy.mwolo.billing.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A value breaks a rule of billing: a 400 naming the request field. */
public class InvalidField extends DomainException {

    public InvalidField(String field, String code, Object... args) {
        super(ErrorKind.INVALID, code, field, args);
    }
}
