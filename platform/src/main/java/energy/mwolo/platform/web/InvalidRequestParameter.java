package energy.mwolo.platform.web;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A query parameter the API cannot use (a page number of zero, an unknown ordering field, ...). */
public class InvalidRequestParameter extends DomainException {

    public InvalidRequestParameter(String parameter, String code, Object... args) {
        super(ErrorKind.INVALID, code, parameter, args);
    }
}
