package energy.mwolo.identity.registration.application;

import energy.mwolo.identity.accounts.application.RegisteringCustomer;
import energy.mwolo.identity.accounts.application.Registration;
import energy.mwolo.identity.accounts.application.RegistrationOutcome;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.mail.MailLanguage;
import energy.mwolo.identity.registration.application.RegistrationMails.Addressee;
import energy.mwolo.identity.registration.model.RegistrationAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer registers. Whatever the email, the caller learns only that a mail was sent: a new address gets an
 * unconfirmed account and the link that confirms it; an address an account already has gets no second account but a
 * "someone tried to register with your address" mail (pointing at the password reset), and nothing else changes.
 * Nobody is signed in: the person signs in with the password they chose, and the account acts for a CRM client only
 * once its address is confirmed. Mails leave after commit, in the background, so timing tells nothing either.
 */
@Service
public class SigningUp {

    private static final Logger log = LoggerFactory.getLogger(SigningUp.class);

    private final RegisteringCustomer registering;
    private final MailedConfirmations confirmations;
    private final RegistrationAttempts attempts;
    private final RegistrationMails mails;
    private final RegistrationProperties properties;
    private final Clock clock;

    SigningUp(RegisteringCustomer registering, MailedConfirmations confirmations, RegistrationAttempts attempts,
              RegistrationMails mails, RegistrationProperties properties, Clock clock) {
        this.registering = registering;
        this.confirmations = confirmations;
        this.attempts = attempts;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void signUp(Registration registration, MailLanguage language) {
        RegistrationOutcome outcome = registering.register(registration);
        if (outcome instanceof RegistrationOutcome.Opened opened) {
            confirmations.sendRegistration(opened.user(), language);
        } else if (!outcome.user().isDisabled()) {
            tellTheOwner(outcome.user(), language);
        }
    }

    private void tellTheOwner(User owner, MailLanguage language) {
        Instant now = clock.instant();
        if (attempts.countSince(owner.id().value(), now.minus(Duration.ofHours(1))) >= properties.maxMailsPerHour()) {
            log.info("Registration attempt on account {} not mailed: hourly limit reached", owner.id());
            return;
        }
        attempts.record(owner.id().value(), now);
        mails.registrationAttempted(new Addressee(owner.email().value(), owner.profile().firstName()),
                properties.forgottenPasswordLink(), language);
    }
}
