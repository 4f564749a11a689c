package energy.mwolo.identity.registration.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/**
 * A link confirms an address only with the account's password: whoever reads the mail must also be who registered,
 * else someone registering with another person's address would get it confirmed by that person's click.
 */
public class WrongConfirmationPassword extends DomainException {

    public WrongConfirmationPassword() {
        super(ErrorKind.INVALID, "registration.wrong_password", "password");
    }
}
