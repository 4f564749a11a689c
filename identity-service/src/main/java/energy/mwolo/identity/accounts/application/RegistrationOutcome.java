package energy.mwolo.identity.accounts.application;

import energy.mwolo.identity.accounts.model.User;

/** What a registration did: opened an account, or met an address an account already has and changed nothing. */
public sealed interface RegistrationOutcome {

    User user();

    /** A new CLIENT account, its email not confirmed yet. */
    record Opened(User user) implements RegistrationOutcome {
    }

    /** The account that already has the email; it is left as it was. */
    record AddressTaken(User user) implements RegistrationOutcome {
    }
}
