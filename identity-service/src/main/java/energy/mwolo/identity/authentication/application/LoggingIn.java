package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.application.UserEventPublisher;
import energy.mwolo.identity.accounts.model.AccountDisabled;
import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.PasswordHash;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.model.InvalidCredentials;
import energy.mwolo.identity.authentication.model.TooManyAttempts;
import energy.mwolo.identity.passwords.Passwords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a person in with email and password. The password is checked outside any transaction (Argon2 takes a
 * tenth of a second); the outcome is then recorded with the account row locked. An unknown identifier costs the same
 * Argon2 work and gets the same 401 as a wrong password; a locked account (or a blocked address or identifier) gets
 * 429 without its password being checked.
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
        throttle.checkAddress(clientAddress, now);
        Optional<User> found = EmailAddress.parse(identifier).flatMap(users::byEmail);
        if (found.isEmpty()) {
            throw refuseUnknown(identifier, password, clientAddress, now);
        }
        User user = found.get();
        if (user.isLocked(now)) {
            transactions.executeWithoutResult(status -> {
                user.refuseWhileLocked(clientAddress, now);
                events.publishRecordedEvents(user);
            });
            throw new TooManyAttempts(Duration.between(now, user.lockout().lockedUntil()));
        }
        boolean matches = passwords.matches(password, user.password() == null ? null : user.password().encoded());
        Outcome outcome = transactions.execute(status -> record(user, matches, password, clientAddress, now));
        if (outcome.session() != null) {
            return outcome.session();
        }
        if (outcome.disabled()) {
            throw new AccountDisabled();
        }
        throttle.addressFailed(clientAddress, now);
        throw new InvalidCredentials();
    }

    private Outcome record(User read, boolean matches, String password, String clientAddress, Instant now) {
        User user = users.byId(read.id()).orElseThrow(InvalidCredentials::new);
        if (!matches) {
            user.refuseWrongPassword(clientAddress, now, throttle.lockoutPolicy());
            return saved(user, null, false);
        }
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

    private RuntimeException refuseUnknown(String identifier, String password, String clientAddress, Instant now) {
        throttle.checkUnknownIdentifier(identifier, now);
        passwords.checkAgainstNothing(password);
        throttle.unknownIdentifierFailed(identifier, now);
        throttle.addressFailed(clientAddress, now);
        transactions.executeWithoutResult(status -> events.unknownAccountRefused(clientAddress, now));
        return new InvalidCredentials();
    }

    private record Outcome(Session session, boolean disabled) {
    }
}
