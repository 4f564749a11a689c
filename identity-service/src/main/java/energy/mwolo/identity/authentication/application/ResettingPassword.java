package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.application.UserEventPublisher;
import energy.mwolo.identity.accounts.model.PasswordChangeMethod;
import energy.mwolo.identity.accounts.model.PasswordHash;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.model.InvalidPasswordToken;
import energy.mwolo.identity.authentication.model.PasswordToken;
import energy.mwolo.identity.authentication.model.PasswordTokenPurpose;
import energy.mwolo.identity.authentication.model.PasswordTokens;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.identity.passwords.Passwords;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a password with a mailed token: once, before it expires. A password the policy refuses leaves the token
 * usable, so the person can try a better one. Setting it proves control of the mailbox: it ends every wait and the
 * lock of the email (whoever caused them), and every session.
 */
@Service
public class ResettingPassword {

    private final PasswordTokens tokens;
    private final Users users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final UserEventPublisher events;
    private final Clock clock;

    ResettingPassword(PasswordTokens tokens, Users users, Passwords passwords, Sessions sessions,
                      LoginThrottle throttle, UserEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        byte[] hash = SecretTokens.hash(token);
        PasswordToken stored = tokens.byHash(hash).orElseThrow(InvalidPasswordToken::new);
        stored.requireRedeemableAt(now);
        User user = users.byId(new UserId(stored.userId())).filter(found -> !found.isDisabled())
                .orElseThrow(InvalidPasswordToken::new);
        String newHash = passwords.acceptNew(newPassword, user.email().value(), "new_password");
        tokens.markUsed(hash, now);
        tokens.retireUnused(user.id().value(), now);
        user.changePassword(new PasswordHash(newHash), stored.purpose() == PasswordTokenPurpose.INVITATION
                ? PasswordChangeMethod.INVITATION : PasswordChangeMethod.RESET, now);
        users.update(user);
        throttle.forget(user.email());
        events.publishRecordedEvents(user);
        sessions.endAll(user, RevocationReason.PASSWORD_CHANGED, now);
    }
}
