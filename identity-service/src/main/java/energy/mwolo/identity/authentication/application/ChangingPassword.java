package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.application.UserEventPublisher;
import energy.mwolo.identity.accounts.model.PasswordChangeMethod;
import energy.mwolo.identity.accounts.model.PasswordHash;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.UserNotFound;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.identity.authentication.model.SamePassword;
import energy.mwolo.identity.authentication.model.WrongCurrentPassword;
import energy.mwolo.identity.passwords.Passwords;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their password, giving the current one. The current password is guessed no faster
 * here than at sign-in: the same throttle admits the attempt, and a wrong one counts like a failed sign-in. Every
 * other session ends; the caller gets a fresh one.
 */
@Service
public class ChangingPassword {

    private final Users users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final UserEventPublisher events;
    private final Clock clock;

    ChangingPassword(Users users, Passwords passwords, Sessions sessions, LoginThrottle throttle,
                     UserEventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = WrongCurrentPassword.class)
    public Session change(String currentPassword, String newPassword, CurrentUser caller, String clientAddress) {
        caller.requireSignedIn();
        Instant now = clock.instant();
        User user = users.byId(new UserId(caller.userId())).orElseThrow(() -> new UserNotFound(caller.userId()));
        LoginThrottle.Admission admission = throttle.admit(user.email(), clientAddress, now);
        if (!passwords.matches(currentPassword, user.password() == null ? null : user.password().encoded())) {
            user.refuseWrongPassword(clientAddress, now);
            throttle.failed(admission, now).ifPresent(lock -> user.lock(lock, now));
            users.update(user);
            events.publishRecordedEvents(user);
            throw new WrongCurrentPassword();
        }
        throttle.succeeded(admission, now);
        if (currentPassword.equals(newPassword)) {
            throw new SamePassword();
        }
        String hash = passwords.acceptNew(newPassword, user.email().value(), "new_password");
        user.changePassword(new PasswordHash(hash), PasswordChangeMethod.CHANGE, now);
        users.update(user);
        events.publishRecordedEvents(user);
        sessions.endAll(user, RevocationReason.PASSWORD_CHANGED, now);
        return sessions.open(user, now);
    }
}
