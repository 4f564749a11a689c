package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.application.UserEventPublisher;
import energy.mwolo.identity.accounts.model.AccountDisabled;
import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.PasswordHash;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.model.InvalidCredentials;
import energy.mwolo.identity.passwords.Passwords;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a person in with email and password. The throttle speaks first, before anything is looked up, so a 429 costs
 * the same and says the same whether or not the identifier names an account. The password is then checked outside
 * any transaction (Argon2 takes a tenth of a second; an unknown identifier costs the same work and gets the same 401
 * as a wrong password), and the outcome recorded with the account row locked.
 */
@Service
public class LoggingIn {

    private final Users users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final UserEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoggingIn(Users users, Passwords passwords, Sessions sessions, LoginThrottle throttle, UserEventPublisher events,
              TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Session logIn(String identifier, String password, String clientAddress) {
        Instant now = clock.instant();
        LoginThrottle.Admission admission = throttle.admit(identifier, clientAddress, now);
        Optional<User> found = EmailAddress.parse(identifier).flatMap(users::byEmail);
        PasswordHash hash = found.map(User::password).orElse(null);
        boolean matches = passwords.matches(password, hash == null ? null : hash.encoded());
        if (found.isEmpty()) {
            transactions.executeWithoutResult(status -> {
                throttle.failed(admission, now);
                events.unknownAccountRefused(clientAddress, now);
            });
            throw new InvalidCredentials();
        }
        Outcome outcome = transactions.execute(status ->
                record(found.get(), matches, password, clientAddress, admission, now));
        if (outcome.session() != null) {
            return outcome.session();
        }
        if (outcome.disabled()) {
            throw new AccountDisabled();
        }
        throw new InvalidCredentials();
    }

    private Outcome record(User read, boolean matches, String password, String clientAddress,
                           LoginThrottle.Admission admission, Instant now) {
        User user = users.byId(read.id()).orElseThrow(InvalidCredentials::new);
        if (!matches) {
            user.refuseWrongPassword(clientAddress, now);
            throttle.failed(admission, now).ifPresent(lock -> user.lock(lock, now));
            return saved(user, null, false);
        }
        // The right password, even for a disabled account: this address was not guessing.
        throttle.succeeded(admission, now);
        if (!user.signIn(clientAddress, now)) {
            return saved(user, null, true);
        }
        if (passwords.isOutdated(user.password().encoded())) {
            user.rehashPassword(new PasswordHash(passwords.hashWithoutPolicy(password)));
        }
        saved(user, null, false);
        return new Outcome(sessions.open(user, now), false);
    }

    private Outcome saved(User user, Session session, boolean disabled) {
        users.update(user);
        events.publishRecordedEvents(user);
        return new Outcome(session, disabled);
    }

    private record Outcome(Session session, boolean disabled) {
    }
}
