package energy.mwolo.identity.accounts.application;

import java.util.UUID;

/** What a customer gives to open an account. */
public record Registration(String email, String password, String firstName, String lastName, String postName,
                           String phone, UUID agency) {

    @Override
    public String toString() {
        return "Registration[email=" + email + ", agency=" + agency + "]";
    }
}
