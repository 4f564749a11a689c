package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.authentication.model.PasswordTokenPurpose;
import energy.mwolo.identity.authentication.model.PasswordTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Creates a password token for an account (earlier unused ones stop working) and mails it after commit. */
@Component
class MailedPasswordTokens {

    private final PasswordTokens tokens;
    private final PasswordMails mails;
    private final PasswordMailProperties properties;
    private final Clock clock;

    MailedPasswordTokens(PasswordTokens tokens, PasswordMails mails, PasswordMailProperties properties,
                         Clock clock) {
        this.tokens = tokens;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** False when the account already received its hourly share of reset mails: nothing is sent. */
    boolean send(User user, PasswordTokenPurpose purpose) {
        Instant now = clock.instant();
        if (purpose == PasswordTokenPurpose.RESET && tokens.countCreatedSince(user.id().value(), purpose,
                now.minus(Duration.ofHours(1))) >= properties.maxPerHour()) {
            return false;
        }
        boolean invitation = purpose == PasswordTokenPurpose.INVITATION;
        Duration validity = invitation ? properties.invitationValidity() : properties.resetValidity();
        String token = SecretTokens.newToken();
        tokens.retireUnused(user.id().value(), now);
        tokens.add(SecretTokens.hash(token), user.id().value(), purpose, now, now.plus(validity));
        String link = (invitation ? properties.invitationLink() : properties.resetLink()).replace("{token}", token);
        mails.send(new PasswordMails.PasswordMail(user.email().value(), user.profile().firstName(), link, validity,
                invitation));
        return true;
    }
}
