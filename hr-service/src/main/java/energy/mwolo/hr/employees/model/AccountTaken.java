package energy.mwolo.hr.employees.model;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** An account is tied to one employee at most. */
public class AccountTaken extends DomainException {

    public AccountTaken(UUID account) {
        super(ErrorKind.CONFLICT, "hr.employee.account_taken", "user_id", account);
    }
}
