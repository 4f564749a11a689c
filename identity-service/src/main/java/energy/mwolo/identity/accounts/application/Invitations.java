package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.User;

/** Lets the holder of an account created without a password set one, by mail. */
public interface Invitations {

    /** Called in the transaction that created the account; the mail leaves after it commits. */
    void invite(User user);
}
