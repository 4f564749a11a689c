package energy.mwolo.identity.registration.application;

import energy.mwolo.identity.accounts.application.EmailChangeConfirmations;
import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.authentication.application.SecretTokens;
import energy.mwolo.identity.mail.MailLanguage;
import energy.mwolo.identity.registration.application.RegistrationMails.Addressee;
import energy.mwolo.identity.registration.model.ConfirmationPurpose;
import energy.mwolo.identity.registration.model.ConfirmationTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Creates confirmation links (earlier unused ones of the same purpose stop working) and mails them after commit. The
 * link names the address it was sent to, so it confirms nothing once the account's address has moved on.
 */
@Component
class MailedConfirmations implements EmailChangeConfirmations {

    private final ConfirmationTokens tokens;
    private final RegistrationMails mails;
    private final RegistrationProperties properties;
    private final Clock clock;

    MailedConfirmations(ConfirmationTokens tokens, RegistrationMails mails, RegistrationProperties properties,
                        Clock clock) {
        this.tokens = tokens;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** False when the account already received its hourly share of confirmation mails: nothing is sent. */
    boolean sendRegistration(User user, MailLanguage language) {
        Instant now = clock.instant();
        if (tokens.countCreatedSince(user.id().value(), ConfirmationPurpose.REGISTRATION,
                now.minus(Duration.ofHours(1))) >= properties.maxMailsPerHour()) {
            return false;
        }
        String link = issue(user, user.email(), ConfirmationPurpose.REGISTRATION, now);
        mails.confirmRegistration(new Addressee(user.email().value(), user.profile().firstName()), link,
                properties.confirmationValidity(), properties.forgottenPasswordLink(), language);
        return true;
    }

    /** An administrator's request: not capped, and written in the administrator's language. */
    @Override
    public void requestConfirmation(User user) {
        EmailAddress pending = user.pendingEmail();
        MailLanguage language = MailLanguage.ofCaller();
        String link = issue(user, pending, ConfirmationPurpose.EMAIL_CHANGE, clock.instant());
        mails.confirmNewAddress(new Addressee(pending.value(), user.profile().firstName()), link,
                properties.confirmationValidity(), language);
        mails.addressChangeRequested(new Addressee(user.email().value(), user.profile().firstName()),
                pending.value(), language);
    }

    private String issue(User user, EmailAddress email, ConfirmationPurpose purpose, Instant now) {
        String token = SecretTokens.newToken();
        tokens.retireUnused(user.id().value(), purpose, now);
        tokens.add(SecretTokens.hash(token), user.id().value(), email, purpose, now,
                now.plus(properties.confirmationValidity()));
        return properties.confirmationLink(token);
    }
}
