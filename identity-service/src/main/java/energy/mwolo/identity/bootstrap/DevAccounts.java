package energy.mwolo.identity.bootstrap;

import energy.mwolo.identity.accounts.application.UserEventPublisher;
import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.PasswordHash;
import energy.mwolo.identity.accounts.model.RegistrationOrigin;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.UserLinks;
import energy.mwolo.identity.accounts.model.UserProfile;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.passwords.Passwords;
import energy.mwolo.identity.roles.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dev profile's accounts: one per role, with short passwords that bypass the policy (listed in the README).
 * Never active in another profile. Ids and links are derived from the emails, so every developer's database agrees.
 */
@Component
@Profile("dev")
@Order(1)
class DevAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DevAccounts.class);

    static final List<DevAccount> ACCOUNTS = List.of(
            new DevAccount("admin@mwolo.local", "admin123", Role.SUPER_ADMIN, "Jean-Pierre", "Mbuyi", "Kalala"),
            new DevAccount("administrateur@mwolo.local", "administrateur123", Role.ADMIN, "Aimée", "Tshibola",
                    "Ngalula"),
            new DevAccount("rh@mwolo.local", "rh123", Role.HR, "Grâce", "Mukendi", "Mbombo"),
            new DevAccount("comptable@mwolo.local", "comptable123", Role.ACCOUNTANT, "Patrick", "Kabongo", "Ilunga"),
            new DevAccount("operations@mwolo.local", "operations123", Role.OPERATIONS, "Didier", "Lukusa",
                    "Mutombo"),
            new DevAccount("commercial@mwolo.local", "commercial123", Role.SALES_AGENT, "Nadine", "Kasongo",
                    "Banza"),
            new DevAccount("employe@mwolo.local", "employe123", Role.EMPLOYEE, "Fiston", "Ngoy", "Kabamba"),
            new DevAccount("client@mwolo.local", "client123", Role.CLIENT, "Bienvenu", "Kabasele", "Mutombo"));

    private final Users users;
    private final Passwords passwords;
    private final UserEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DevAccounts(Users users, Passwords passwords, UserEventPublisher events, TransactionTemplate transactions,
                Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DevAccount account : ACCOUNTS) {
            transactions.executeWithoutResult(status -> seed(account));
        }
    }

    private void seed(DevAccount account) {
        EmailAddress email = new EmailAddress(account.email());
        if (users.byEmail(email).isPresent()) {
            return;
        }
        User user = User.register(new UserId(derived("user/" + account.email())), email,
                new UserProfile(account.firstName(), account.lastName(), account.postName(), null), account.role(),
                new UserLinks(null,
                        account.role() == Role.CLIENT ? derived("client/" + account.email()) : null,
                        account.role() == Role.EMPLOYEE ? derived("employee/" + account.email()) : null),
                new PasswordHash(passwords.hashWithoutPolicy(account.password())), RegistrationOrigin.BOOTSTRAP,
                clock.instant());
        users.add(user);
        events.publishRecordedEvents(user);
        log.info("Dev account {} ({}) created", account.email(), account.role());
    }

    /** A name-based UUID (MD5, version 3) of {@code "mwolo.dev/" + key}: other services can seed the same links. */
    static UUID derived(String key) {
        return UUID.nameUUIDFromBytes(("mwolo.dev/" + key).getBytes(StandardCharsets.UTF_8));
    }

    record DevAccount(String email, String password, Role role, String firstName, String lastName,
                      String postName) {
    }
}
