package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.User;

/**
 * Asks the holder of an account's pending address to confirm it by mail, and tells the current address that a
 * change was asked for. Called in the transaction that recorded the pending address; mails leave after it commits.
 */
public interface EmailChangeConfirmations {

    void requestConfirmation(User user);
}
