package energy.mwolo.crm.registration;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.UUID;

/** A link that would take a client from its account, or an account from its client: a 409. */
class AccountLinkRefused extends DomainException {

    private AccountLinkRefused(String code, Object... args) {
        super(ErrorKind.CONFLICT, code, "user_id", args);
    }

    static AccountLinkRefused clientHasAnotherAccount(UUID client) {
        return new AccountLinkRefused("crm.client.account_taken", client);
    }

    static AccountLinkRefused accountHasAnotherClient(UUID account, String otherClientNumber) {
        return new AccountLinkRefused("crm.account.linked_elsewhere", account, otherClientNumber);
    }
}
