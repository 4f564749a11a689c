package energy.mwolo.cms.kernel;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A value breaks a rule: a 400 naming the request field. */
public class InvalidField extends DomainException {

    public InvalidField(String field, String code, Object... args) {
        super(ErrorKind.INVALID, code, field, args);
    }

    public static InvalidField required(String field) {
        return new InvalidField(field, "cms.validation.required");
    }
}
