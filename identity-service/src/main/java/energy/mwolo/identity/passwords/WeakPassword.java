package energy.mwolo.identity.passwords;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** A new password the policy refuses; the message says which rule, never the password. */
public class WeakPassword extends DomainException {

    WeakPassword(String code, String field, Object... args) {
        super(ErrorKind.INVALID, code, field, args);
    }
}
