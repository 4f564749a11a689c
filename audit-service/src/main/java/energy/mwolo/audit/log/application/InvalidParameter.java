package energy.mwolo.audit.log.application;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A filter or range the log cannot use; names the request parameter at fault. */
public class InvalidParameter extends DomainException {

    public InvalidParameter(String parameter, String code, Object... args) {
        super(ErrorKind.INVALID, code, parameter, args);
    }
}
