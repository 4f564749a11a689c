package energy.mwolo.identity.accounts.application;

import java.util.UUID;

/**
 * An account an administrator opens. Without a password, its holder is invited by mail to set one: administrators
 * never need to know anyone's password.
 */
public record NewAccount(String email, String password, String firstName, String lastName, String postName,
                         String phone, String role, UUID agency, UUID client, UUID employee) {

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", role=" + role + "]";
    }
}
