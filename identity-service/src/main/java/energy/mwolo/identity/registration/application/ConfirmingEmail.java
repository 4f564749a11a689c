package energy.mwolo.identity.registration.application;

import energy.mwolo.identity.accounts.application.UserEventPublisher;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.application.SecretTokens;
import energy.mwolo.identity.authentication.application.Sessions;
import energy.mwolo.identity.authentication.model.RevocationReason;
import energy.mwolo.identity.passwords.Passwords;
import energy.mwolo.identity.registration.model.ConfirmationPurpose;
import energy.mwolo.identity.registration.model.ConfirmationToken;
import energy.mwolo.identity.registration.model.ConfirmationTokens;
import energy.mwolo.identity.registration.model.UnknownConfirmationLink;
import energy.mwolo.identity.registration.model.WrongConfirmationPassword;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms an address with the link mailed to it and the account's password, once, before the link expires. A
 * registered address becomes confirmed (UserEmailConfirmed); a pending new address becomes the account's email
 * (UserUpdated, UserEmailConfirmed) and every session opened under the old one ends. A wrong password leaves the
 * link usable; a taken new address (another account got it meanwhile) is a 409 and leaves it usable too.
 */
@Service
public class ConfirmingEmail {

    private final ConfirmationTokens tokens;
    private final Users users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final UserEventPublisher events;
    private final Clock clock;

    ConfirmingEmail(ConfirmationTokens tokens, Users users, Passwords passwords, Sessions sessions,
                    UserEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void confirm(String token, String password) {
        Instant now = clock.instant();
        byte[] hash = SecretTokens.hash(token);
        ConfirmationToken link = tokens.byHash(hash).orElseThrow(UnknownConfirmationLink::new);
        link.requireRedeemableAt(now);
        User user = users.byId(new UserId(link.userId())).filter(found -> !found.isDisabled())
                .orElseThrow(UnknownConfirmationLink::new);
        if (!passwords.matches(password, user.password() == null ? null : user.password().encoded())) {
            throw new WrongConfirmationPassword();
        }
        if (link.purpose() == ConfirmationPurpose.REGISTRATION) {
            user.confirmRegisteredEmail(link.email(), now);
        } else {
            user.confirmEmailChange(link.email(), now);
        }
        users.update(user);
        tokens.markUsed(hash, now);
        events.publishRecordedEvents(user);
        if (link.purpose() == ConfirmationPurpose.EMAIL_CHANGE) {
            sessions.endAll(user, RevocationReason.EMAIL_CHANGED, now);
        }
    }
}
