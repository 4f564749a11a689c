package energy.mwolo.identity.accounts.model;

import java.util.Optional;

/** All accounts, enabled and disabled. */
public interface Users {

    /** Locks the account until the transaction ends, so concurrent changes to it apply one after the other. */
    Optional<User> byId(UserId id);

    /** Reads without locking: for a sign-in, before the (slow) password check. */
    Optional<User> byEmail(EmailAddress email);

    /** @throws EmailAlreadyUsed if another account has this email */
    void add(User user);

    /** @throws EmailAlreadyUsed if another account has the new email */
    void update(User user);
}
