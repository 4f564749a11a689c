package energy.mwolo.identity.accounts.model;

import energy.mwolo.identity.roles.Role;
import java.time.Instant;
import java.util.UUID;

/** Accounts for model tests. */
final class UserFixtures {

    static final Instant NOW = Instant.parse("2025-04-16T07:00:00Z");

    private UserFixtures() {
    }

    static User registered(Role role) {
        User user = User.register(new UserId(UUID.randomUUID()), new EmailAddress("Grace.Mukendi@Mwolo.Energy"),
                new UserProfile("Grâce", "Mukendi", "Mbombo", "+243 81 555 0142"), role, UserLinks.NONE,
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), RegistrationOrigin.ADMINISTRATOR,
                NOW);
        user.pullEvents();
        return user;
    }
}
